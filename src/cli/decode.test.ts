import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./decode.ts', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../decode/fixtures/${name}`, import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8' });

describe('npm run decode', () => {
  it('prints one JSON line per error, in input order, and exits 0', () => {
    const { status, stdout } = run([fixture('multi-error-log.txt')]);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.code, l.httpStatus, l.catalogStatus])).toEqual([
      ['Forbidden.KeyNotFound', 404, 404],
      ['ServiceUnavailableTemporary', 503, 503],
      ['InternalFailure', 500, 500],
      ['IllegalTimestamp', 400, 400],
    ]);
    expect(Object.keys(lines[0])).toEqual([
      'code',
      'match',
      'confidence',
      'httpStatus',
      'catalogStatus',
      'requestId',
      'param',
      'operation',
      'nextStep',
      'line',
      'time',
      'extracted',
      'warnings',
    ]);
  });

  it('reads standard input with -', () => {
    const { status, stdout } = run(
      ['-'],
      'HTTP Status: 400 Error:MissingParameter The parameter "KeyId" is needed but not provided. RequestID: R-1234-ABCD',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      code: 'MissingParameter',
      match: 'exact',
      param: 'KeyId',
      requestId: 'R-1234-ABCD',
    });
  });

  it('exits 1 and says why when it finds nothing', () => {
    const { status, stdout, stderr } = run(['-'], '{"KeyId": "key-1"}');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/looks like JSON but has no Code/);
  });

  it('exits 2 on a file it cannot read', () => {
    const { status, stderr } = run(['/no/such/file.log']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read/);
  });

  it('masks secrets in what it prints and warns of them on standard error', () => {
    const body = '{"Code":"Forbidden.NoPermission","AccessKeySecret":"Zx9Qw3Er5Ty7Ui1Op3As5Df7Gh9Jk2"}';
    const { status, stdout, stderr } = run(['-'], body);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).extracted.other).toEqual({ AccessKeySecret: '***' });
    expect(stdout + stderr).not.toContain('Zx9Qw3Er5Ty7Ui1Op3As5Df7Gh9Jk2');
    expect(stderr).toContain('decode: warning: This text contains an AccessKey secret. Treat it as exposed');
  });

  it('ignores a DOCTYPE that declares an external entity and prints the code inside', () => {
    const body =
      '<?xml version="1.0"?>\n<!DOCTYPE Error [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
      '<Error><Code>Forbidden.KeyNotFound</Code><Message>&xxe;</Message></Error>';
    const { status, stdout, stderr } = run(['-'], body);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      code: 'Forbidden.KeyNotFound',
      extracted: { message: '&xxe;' },
    });
  });

  it('prints a field named constructor as itself', () => {
    const { stdout } = run(['-'], '{"constructor":"x","Code":"Rejected.Disabled"}');
    expect(JSON.parse(stdout).extracted.other).toEqual({ constructor: 'x' });
  });

  it('speaks Chinese on standard error with --lang zh-CN, and keeps the JSON as it is', () => {
    const body = '{"Code":"Forbidden.NoPermission","AccessKeySecret":"Zx9Qw3Er5Ty7Ui1Op3As5Df7Gh9Jk2"}';
    const english = run(['-'], body);
    const chinese = run(['--lang', 'zh-CN', '-'], body);
    expect(chinese.status).toBe(0);
    expect(chinese.stdout).toBe(english.stdout);
    expect(chinese.stderr).toMatch(/^decode: 警告：.*AccessKey Secret/);
    expect(chinese.stderr).not.toMatch(/This text contains/);

    const nothing = run(['--lang', 'zh-CN', '-'], '{"KeyId": "key-1"}');
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(nothing.stderr).not.toMatch(/looks like JSON/);
  });

  it('refuses a language it does not speak', () => {
    const { status, stderr } = run(['--lang', 'fr', '-'], 'Forbidden.KeyNotFound');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--lang takes en or zh-CN/);
  });
});
