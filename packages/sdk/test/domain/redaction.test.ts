/**
 * `redactPersonalData()`: every ID number, phone number and e-mail address, and the asker's own
 * name, e-mail and phone, replaced by the mark; nothing else touched; idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsPersonalData,
  findPersonalData,
  isResidentIdNumber,
  REDACTION_MARK as M,
  redactPersonalData,
} from '../../src/domain/redaction.js';

describe('redactPersonalData', () => {
  it.each([
    // Resident ID numbers: with the X check letter, lower case, grouped, full-width, 15 digits,
    // and a wrong checksum (still someone's number, mistyped).
    ['身份证号11010519491231002X，请核实', `身份证号${M}，请核实`],
    ['ID 11010519491231002x.', `ID ${M}.`],
    ['110105 19491231 002X', M],
    ['１１０１０５１９４９１２３１００２Ｘ', M],
    ['旧证 110105491231002 号', `旧证 ${M} 号`],
    ['110105194912310021', M],
    // Mobile numbers, any grouping, with the country code, full-width.
    ['电话13812345678。', `电话${M}。`],
    ['138 1234 5678', M],
    ['138-1234-5678', M],
    ['+86 138 1234 5678', M],
    ['008613812345678', M],
    ['１３８１２３４５６７８', M],
    // Landlines with the area code, an extension, the international form.
    ['请拨010-65198888', `请拨${M}`],
    ['(021) 1234 5678', M],
    ['（０２１）１２３４５６７８', M],
    ['0755 12345678 转 123 联系', `${M} 联系`],
    ['+86 10 6519 8888', M],
    ['+86 (10) 6519-8888', M],
    // Numbers abroad in international form (overseas offices' askers).
    ['call +44 20 7946 0958 please', `call ${M} please`],
    ['+1 (202) 555-0143', M],
    ['+33 1 23 45 67 89。', `${M}。`],
    ['＋４９ ３０ １２３４５６７', M],
    // E-mail addresses, ASCII and full-width @, next to Chinese text.
    ['邮箱zhang.san+1@example.com.cn谢谢', `邮箱${M}谢谢`],
    ['a_b@mail.gov.cn', M],
    ['wang＠example．cn', M],
  ])('redacts %j', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it.each([
    '请问《商资发〔2006〕123号》是否有效？',
    '2026-03-09 上午10:30，共12345678元',
    '商务部令2004年第14号',
    'HS 编码 8471.30.00',
    '电话区号是010吗',
    '订单号 1234567890123456',
    'rate 5.5% @ 2024',
    '增长 +12.5%，同比 +3',
    '温度 +25 度',
    '',
  ])('leaves %j as it is', (text) => {
    expect(redactPersonalData(text)).toBe(text);
    expect(containsPersonalData(text)).toBe(false);
  });

  it("removes the asker's own name, e-mail and phone as stored", () => {
    const asker = { name: '张三', email: 'zs@example.cn', phone: '+86 (10) 6519-8888' };
    expect(redactPersonalData('我是张三，张先生也行。张三丰不是我。', asker)).toBe(
      `我是${M}，${M}也行。${M}丰不是我。`,
    );
    expect(redactPersonalData('写信给 ZS@EXAMPLE.CN', asker)).toBe(`写信给 ${M}`);
    expect(redactPersonalData('打 65198888 或 010 6519 8888', asker)).toBe(`打 ${M} 或 ${M}`);
    const latin = { name: 'Jean  Dupont' };
    expect(redactPersonalData('Jean Dupont here; DUPONT again, not Dupontel', latin)).toBe(
      `${M} here; ${M} again, not Dupontel`,
    );
  });

  it('merges adjacent marks and is idempotent', () => {
    const once = redactPersonalData('13812345678 13912345678 a@b.cn');
    expect(once).toBe(M);
    expect(redactPersonalData(once)).toBe(once);
  });

  it('never leaves a planted number or address in any text (property)', () => {
    const mobile = fc
      .tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/))
      .map(([a, b]) => a + b);
    const filler = fc.string({
      unit: fc.constantFrom('字', '的', ' ', '，', 'a', '。'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(filler, mobile, filler, (before, number, after) => {
        const out = redactPersonalData(`${before}${number}${after}`, { name: '李四' });
        expect(out).not.toContain(number);
        expect(redactPersonalData(out, { name: '李四' })).toBe(out);
      }),
    );
  });
});

describe('findPersonalData', () => {
  it('names the kinds found, by the rules redaction uses', () => {
    expect(findPersonalData('call 138 1234 5678 or mail ada@example.com')).toEqual([
      'phone',
      'email',
    ]);
    expect(findPersonalData('+44 20 7946 0958')).toEqual(['phone']);
    expect(findPersonalData('ID １１０１０５１９４９１２３１００２Ｘ')).toEqual(['idNumber']);
    expect(findPersonalData('请问《商资发〔2006〕123号》是否有效？')).toEqual([]);
  });

  it('with checkedIds, counts an ID-shaped number only with a right check character', () => {
    expect(findPersonalData('order 110105194912310021')).toEqual(['idNumber']);
    expect(findPersonalData('order 110105194912310021', { checkedIds: true })).toEqual([]);
    expect(findPersonalData('ID 110105 19491231 002X', { checkedIds: true })).toEqual(['idNumber']);
  });

  it('isResidentIdNumber checks the check character and the birth date', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    // 1949-02-30 is no date; the check character is right for the digits.
    expect(isResidentIdNumber('110105194902300020')).toBe(false);
    expect(isResidentIdNumber('1101051949123100')).toBe(false);
  });
});
