/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { invoiceTablePng } from '../../fixtures/catalog';
import { fileItem } from '../../node/setup';
import type { DemoSection } from '../section';

export const clovaTables: DemoSection = {
	title:
		'CLOVA OCR › Recognize Text with Extract Tables: one item per table row, its two-row header joined into column names (the default)',
	async run(demo) {
		const { invokeUrl, secretKey } = demo.emulator.clova.general;
		const rows = await demo.node(
			{
				resource: 'clovaOcr',
				operation: 'recognizeText',
				output: 'tableRows',
				options: { enableTableDetection: true },
			},
			[fileItem(invoiceTablePng)],
			[{ type: 'clovaOcrApi', data: { invokeUrl, secretKey } }],
		);
		demo.table(
			rows.map(({ json }) => {
				const { source: _source, table: _table, row: _row, ...cells } = json;
				return cells;
			}),
		);
	},
};
