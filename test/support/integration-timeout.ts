import { jest } from '@jest/globals';

// Integration tests wait for a real database and real processes; unit tests keep jest's default.
jest.setTimeout(180_000);
