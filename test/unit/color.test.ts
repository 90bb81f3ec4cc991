import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { colorLevel, makeChalk } from '../../src/render/color.js';

/** No colour must read exactly as chalk does at level 0, whichever styles a renderer chains. */
describe('colour', () => {
  const real = new Chalk({ level: 0 });
  const plain = makeChalk(0);

  it('gives text back unchanged, however styles are chained, as chalk at level 0 does', () => {
    const cases: [string, (c: typeof real) => string][] = [
      ['one style', (c) => c.red('障害 P1')],
      ['chained', (c) => c.bold.bgRed.white('overdue')],
      ['several arguments', (c) => c.dim('a', 'b', 3)],
      ['a number', (c) => c.yellow(42 as unknown as string)],
      ['nothing', (c) => c.green()],
      ['ansi256 and hex', (c) => c.ansi256(196)('x') + c.hex('#ff0000').bold('y')],
      ['visible', (c) => c.visible('shown only with colour') + c.red.visible('x') + c.visible.bold('y')],
    ];
    for (const [name, style] of cases) expect(style(plain), name).toBe(style(real));
    expect(plain.level).toBe(0);
    expect(plain.red('x')).not.toMatch(/\u001b/);
  });

  it('colours with chalk at the level asked for', () => {
    expect(makeChalk(1).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(makeChalk(3).level).toBe(3);
  });

  it('turns colour off for pipes, NO_COLOR, TERM=dumb and --no-color; FORCE_COLOR wins', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true, isTTY: false };
    expect(colorLevel(pipe, {}, true)).toBe(0);
    expect(colorLevel(tty, { TERM: 'xterm' }, true)).toBe(1);
    expect(colorLevel(tty, { TERM: 'xterm-256color' }, true)).toBe(2);
    expect(colorLevel(tty, { NO_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel(tty, { TERM: 'dumb' }, true)).toBe(0);
    expect(colorLevel(tty, {}, false)).toBe(0);
    expect(colorLevel(pipe, { FORCE_COLOR: '3' }, true)).toBe(3);
  });
});
