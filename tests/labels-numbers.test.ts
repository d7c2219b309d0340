import { describe, expect, it } from 'vitest';
import { signed } from '../src/ui/labels/numbers';
import { isIndex, isObj } from '../src/narrative/guards';

describe('signed', () => {
  it('prints gains with a plus, losses with a real minus sign, nothing on zero', () => {
    expect([signed(2), signed(-1), signed(0)]).toEqual(['+2', '\u22121', '0']);
  });
  it('prints class means with one decimal and a French comma, never « −0,0 »', () => {
    expect([signed(1.5, 1), signed(-0.25, 1), signed(-0.04, 1), signed(0, 1)]).toEqual(['+1,5', '\u22120,3', '0,0', '0,0']);
  });
});

describe('guards', () => {
  it('takes only plain objects as records and whole non-negative numbers as indexes', () => {
    expect([isObj({}), isObj([]), isObj(null), isObj('x')]).toEqual([true, false, false, false]);
    expect([isIndex(0), isIndex(3), isIndex(-1), isIndex(1.5), isIndex('1')]).toEqual([true, true, false, false, false]);
  });
});
