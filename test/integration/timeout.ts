// `testTimeout` is a global jest option (ignored per project), so the integration project sets it here.
jest.setTimeout(30_000);
