import { booleanFromText, isoDateFromText, numberFromText } from '../../nodes/core/model/values';

describe('numberFromText', () => {
	test.each([
		['1,234,000원', 1234000],
		['₩ 12,800', 12800],
		['￦12,800', 12800],
		['\\12,800', 12800],
		['KRW 12,800', 12800],
		['금 1,000,000원정', 1000000],
		['12800', 12800],
		['-1,000', -1000],
		['−1,000', -1000],
		['1,000-', -1000],
		['(1,000)', -1000],
		['△1,000', -1000],
		['+500', 500],
		['-₩1,000', -1000],
		['3만원', 30000],
		['1억 2,000만원', 120000000],
		['1억2천만원', 120000000],
		['2천5백', 2500],
		['1.5만', 15000],
		['12 800', 12800],
		['1 234 000', 1234000],
		['１２，８００', 12800],
		['12.5', 12.5],
		['0', 0],
		['10개', 10],
		['3 EA', 3],
	])('%s → %p', (text, value) => {
		expect(numberFromText(text)).toBe(value);
	});

	test.each([
		'1 x 2',
		'합계 1,000',
		'',
		'원',
		'abc',
		'1,000 - 2,000',
		'-1,000-',
		'1.234.567',
		'1 2',
		'3만 2억',
		'2026-03-14',
	])('%p is not one number', (text) => {
		expect(numberFromText(text)).toBeUndefined();
	});

	test('a percentage is a number only when asked: 12.5% → 12.5', () => {
		expect(numberFromText('12.5%')).toBeUndefined();
		expect(numberFromText('12.5%', { percent: true })).toBe(12.5);
		expect(numberFromText('10 %', { percent: true })).toBe(10);
	});
});

describe('isoDateFromText', () => {
	test.each([
		['2026. 3. 14.', '2026-03-14'],
		['2026년 3월 14일', '2026-03-14'],
		['2026 년 04 월 01 일', '2026-04-01'],
		['2026-03-14', '2026-03-14'],
		['2026/3/14', '2026-03-14'],
		['2026.03.14', '2026-03-14'],
		['26/03/14', '2026-03-14'],
		['26.03.14', '2026-03-14'],
		['26-03-14', '2026-03-14'],
		['20260314', '2026-03-14'],
		['2026-03-14 (토)', '2026-03-14'],
		['2026년 3월 14일 토요일', '2026-03-14'],
		['2026-03-14 Sat', '2026-03-14'],
		['2026-03-14 18:42:07', '2026-03-14'],
		['2026. 3. 14. 오후 2:30', '2026-03-14'],
		['2026-03-14T09:00:00Z', '2026-03-14'],
		['2024-02-29', '2024-02-29'],
		['２０２６－０３－１４', '2026-03-14'],
	])('%s → %s', (text, iso) => {
		expect(isoDateFromText(text)).toBe(iso);
	});

	test.each([
		'2026-02-30',
		'2025-02-29',
		'2026-13-01',
		'2026-00-10',
		'14/03/2026',
		'03/14',
		'2026-03-145',
		'2026-03-14 to 2026-03-20',
		'yesterday',
		'',
		'202603141',
	])('%p is not a date', (text) => {
		expect(isoDateFromText(text)).toBeUndefined();
	});
});

describe('booleanFromText', () => {
	test.each(['true', 'TRUE', 'yes', 'Y', '예', '네', '유', 'O', '○', '✓', '✔', 'V', '1'])(
		'%s → true',
		(text) => {
			expect(booleanFromText(text)).toBe(true);
		},
	);
	test.each(['false', 'No', 'n', '아니오', '아니요', '무', 'X', '×', '✗', '0'])(
		'%s → false',
		(text) => {
			expect(booleanFromText(text)).toBe(false);
		},
	);
	test.each(['maybe', '', '2', 'yes no'])('%p is neither', (text) => {
		expect(booleanFromText(text)).toBeUndefined();
	});
});
