import { inputProperties } from '../../../core/description/input';
import {
	includeBoxesOption,
	keepBinaryOption,
	markdownConfidencesOption,
	minConfidenceOption,
	optionsCollection,
	outputProperty,
} from '../../../core/description/output';
import { documentFile } from '../../../core/transport/documentFile';
import { defineOperation } from '../../../core/node/operation';
import type { OutputShape } from '../../../core/output/options';
import { sourceOf } from '../../../core/output/source';
import { asBoolean } from '../../../core/values/read';
import { readNhnParameters } from '../../authentication';
import { callNhn } from '../../calls';
import { nhnBusinessLimits } from '../../limits';
import { fromNhnBusiness } from '../../normalise/document';
import { nhnBusinessResult } from '../../schemas';
import { verifyBusinessProperty, withBusinessStatus } from './verifyBusiness';

const outputs: OutputShape[] = ['fields', 'document', 'markdown', 'raw'];

export const recognizeBusinessRegistration = defineOperation({
	properties: [
		...inputProperties(
			nhnBusinessLimits,
			'PDF, JPG or PNG, up to 20 MB; at least 1280×720 px for best results',
			'n8n downloads the file and uploads it to NHN',
		),
		outputProperty(outputs),
		verifyBusinessProperty,
		optionsCollection([
			minConfidenceOption,
			includeBoxesOption,
			keepBinaryOption,
			markdownConfidencesOption,
		]),
	],
	outputs,
	input: { limits: nhnBusinessLimits, urls: 'node' },
	readOwn: (values) => ({
		...readNhnParameters(values),
		verifyBusiness: asBoolean(
			values.node('verifyBusiness', false),
			'Verify Business Status',
			false,
		),
	}),
	async run(item) {
		const { file, url } = await documentFile(item, nhnBusinessLimits);
		const { result, raw } = await callNhn(
			item,
			'/business',
			{ kind: 'file', file },
			nhnBusinessResult,
		);
		const recognized = {
			document: fromNhnBusiness(result),
			raw,
			source: sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file),
		};
		return item.params.own.verifyBusiness ? await withBusinessStatus(item, recognized) : recognized;
	},
});
