// A browser, a local CloudBase and a page load take longer than jest's default 5 s.
jest.setTimeout(60000);
