import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { Sandbox } from '../helpers/cli.js';
import { KEY, runTty, type Step } from '../helpers/tty.js';

/** Prompts as a person meets them: in a real pseudo-terminal, typing and pressing keys. */
let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

const count = () => (existsSync(sb.db) ? sb.query('SELECT count(*) AS n FROM incidents')[0].n : 0);

describe('open with no flags asks for what a first report needs', () => {
  it('asks title, description, impact, urgency and category, then records them', () => {
    const r = runTty(sb, ['open'], [
      { expect: 'Title' },
      { send: 'VPN に接続できない' + KEY.enter },
      { expect: 'Description' },
      { send: '在宅勤務者から複数報告' + KEY.enter },
      { expect: 'Impact' },
      { send: KEY.up + KEY.enter }, // medium → high
      { expect: 'Urgency' },
      { send: KEY.enter }, // medium
      { expect: 'Category' },
      { send: 'network' + KEY.enter },
      { expect: 'opened .*INC-1' },
    ]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(sb.json(['show', 'INC-1'])).toMatchObject({
      title: 'VPN に接続できない',
      description: '在宅勤務者から複数報告',
      impact: 'high',
      urgency: 'medium',
      priority: 'P2',
      category: 'network',
    });
  });

  it('asks in Japanese when LANG is Japanese', () => {
    const r = runTty(sb, ['open'], [{ expect: 'タイトル' }, { send: KEY.ctrlC }], { LANG: 'ja_JP.UTF-8' });
    expect(r.failed).toBeNull();
    expect(r.output).toContain('中止しました');
    expect(r.code).toBe(130);
  });
});

describe('Ctrl-C at a prompt', () => {
  it.each([
    ['the first question', [{ expect: 'Title' }]],
    ['a later question', [{ expect: 'Title' }, { send: 'VPN 障害' + KEY.enter }, { expect: 'Description' }, { send: KEY.enter }, { expect: 'Impact' }]],
  ] as [string, Step[]][])('during %s exits 130 cleanly and writes nothing', (_name, steps) => {
    const r = runTty(sb, ['open'], [...steps, { send: KEY.ctrlC }]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(130);
    expect(r.output).toContain('cancelled; nothing was written');
    expect(r.output).not.toMatch(/\n\s+at |Error:|ExitPromptError/);
    expect(count()).toBe(0);
  });
});

describe('resolve asks for the resolution when it is not given', () => {
  it('records what was typed', () => {
    sb.run(['open', 'プリンタが印刷できない']);
    const r = runTty(sb, ['resolve', 'INC-1'], [{ expect: 'Resolution' }, { send: 'スプーラーを再起動' + KEY.enter }, { expect: 'resolved .*INC-1' }]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(sb.json(['show', '1'])).toMatchObject({ status: 'resolved', resolution: 'スプーラーを再起動' });
  });

  it('an empty answer is refused and asked again', () => {
    sb.run(['open', 'x']);
    const r = runTty(sb, ['resolve', '1'], [
      { expect: 'Resolution' },
      { send: KEY.enter },
      { expect: 'a value is required' },
      { send: 'done' + KEY.enter },
      { expect: 'resolved .*INC-1' },
    ]);
    expect(r.failed).toBeNull();
    expect(sb.json(['show', '1']).resolution).toBe('done');
  });

  it('Ctrl-C leaves the incident as it was', () => {
    sb.run(['open', 'x']);
    const r = runTty(sb, ['resolve', '1'], [{ expect: 'Resolution' }, { send: 'half typed' }, { send: KEY.ctrlC }]);
    expect(r.code).toBe(130);
    expect(sb.json(['show', '1'])).toMatchObject({ status: 'open', version: 1 });
  });
});

describe('classify asks for what gives the priority when the incident has none', () => {
  it('asks impact and urgency, then records the priority', () => {
    sb.run(['open', 'メールが届かない']);
    const r = runTty(sb, ['classify', '1', '--assignee', 'sato'], [
      { expect: 'Impact' },
      { send: KEY.up + KEY.enter }, // medium → high
      { expect: 'Urgency' },
      { send: KEY.enter }, // medium
      { expect: 'classified .*INC-1' },
    ]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(sb.json(['show', '1'])).toMatchObject({ status: 'classified', impact: 'high', urgency: 'medium', priority: 'P2', assignee: 'sato' });
  });

  it('asks only for the one missing, and not at all when the incident has both', () => {
    sb.run(['open', 'x', '--urgency', 'low']);
    const r = runTty(sb, ['classify', '1'], [{ expect: 'Impact' }, { send: KEY.enter }, { expect: 'classified .*INC-1' }]);
    expect(r.output).not.toContain('Urgency');
    expect(sb.json(['show', '1']).priority).toBe('P4');
    expect(runTty(sb, ['classify', '1', '--team', 'infra'], [{ expect: 'classified .*INC-1' }]).output).not.toContain('Impact');
  });
});

describe('prompts and colour', () => {
  it.each([[['--no-color'], {}], [[], { NO_COLOR: '1' }], [[], { TERM: 'dumb' }]])('%j %j: prompts without colour', (flags, env) => {
    const r = runTty(sb, ['open', ...flags], [{ expect: 'Title' }, { send: KEY.ctrlC }], env as Record<string, string>);
    expect(r.code).toBe(130);
    expect(r.output).not.toMatch(/\u001b\[[0-9;]*m/);
  });
});

describe('no prompt without a terminal', () => {
  it('--no-input on a terminal names the missing flag instead of asking', () => {
    sb.run(['open', 'x']);
    const r = runTty(sb, ['resolve', '1', '--no-input'], []);
    expect(r.code).toBe(2);
    expect(r.output).toContain('--resolution');
  });
});

describe('kb add asks for the entry on a terminal', () => {
  it('records a knowledge entry from the answers, and Ctrl-C writes nothing', () => {
    const r = runTty(sb, ['kb', 'add'], [
      { expect: 'Title' }, { send: 'VPN 証明書の期限切れ' + KEY.enter },
      { expect: 'Symptoms' }, { send: 'VPN に接続できない' + KEY.enter },
      { expect: 'Cause' }, { send: '証明書の期限切れ' + KEY.enter },
      { expect: 'Resolution' }, { send: '証明書を更新して再起動' + KEY.enter },
      { expect: 'Workaround' }, { send: KEY.enter },
      { expect: 'Category' }, { send: KEY.enter },
      { expect: 'Service' }, { send: KEY.enter },
      { expect: 'KB-1' },
    ]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(sb.json(['kb', 'show', 'KB-1']).title).toBe('VPN 証明書の期限切れ');

    const cancelled = runTty(sb, ['kb', 'add'], [{ expect: 'Title' }, { send: 'half' }, { send: KEY.ctrlC }]);
    expect(cancelled.code).toBe(130);
    expect(sb.query('SELECT count(*) AS n FROM knowledge')[0].n).toBe(1);
  });
});
