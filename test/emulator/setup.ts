// Function cold starts and CLI child processes need more than jest's default 5 s on a slow machine.
jest.setTimeout(30000);
