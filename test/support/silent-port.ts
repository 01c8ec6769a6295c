import { createServer, type Server, type Socket } from 'node:net';
import { findFreePort } from '../../src/graph/local-neo4j/port-availability.ts';

/** A TCP port that accepts connections and never answers: what a paused (SIGSTOP) Neo4j looks like to a client. */
export async function silentPort(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
