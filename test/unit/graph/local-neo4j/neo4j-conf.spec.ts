import { describe, expect, it } from '@jest/globals';
import { renderNeo4jConf } from '../../../../src/graph/local-neo4j/neo4j-conf.ts';

describe('neo4j.conf for the local server', () => {
  const conf = renderNeo4jConf({
    home: '/p/.neo4j',
    dataDir: '/p/.neo4j/data',
    logsDir: '/p/.neo4j/logs',
    boltPort: 7688,
    httpPort: 7475,
    pageCache: '256m',
    defaultDatabase: 'neo4j',
    extraLines: ['browser.post_connect_cmd=play diplograph'],
  });

  it('listens on loopback only, on the configured ports, with authentication on', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1\n');
    expect(conf).toContain('server.bolt.listen_address=:7688\n');
    expect(conf).toContain('server.http.listen_address=:7475\n');
    expect(conf).toContain('dbms.security.auth_enabled=true\n');
  });

  it("lets only Browser's own page read the HTTP API across origins, never any origin", () => {
    expect(conf).toContain('dbms.security.http_access_control_allow_origin=http://localhost:7475\n');
  });

  it('keeps data and logs in the given folders', () => {
    expect(conf).toContain('server.directories.data=/p/.neo4j/data\n');
    expect(conf).toContain('server.directories.logs=/p/.neo4j/logs\n');
  });

  it('appends extra lines verbatim', () => {
    expect(conf.trimEnd().endsWith('browser.post_connect_cmd=play diplograph')).toBe(true);
  });
});
