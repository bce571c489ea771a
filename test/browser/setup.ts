import type { TestProject } from 'vitest/node';
import { serveDist } from '../support/server';

// One static server for all browser tests; its address reaches the tests via inject('origin').
export default async function setup(project: TestProject) {
  const { server, origin } = await serveDist();
  project.provide('origin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
