export { EXTRACTION_FIELD_TYPES, type ExtractionField, type ExtractionFieldType } from './fields';
export {
	EXTRACTION_PRESETS,
	taxInvoiceFields,
	transactionStatementFields,
	type ExtractionPreset,
} from './presets';
export {
	buildExtractionPrompt,
	MAX_PROMPT_LENGTH,
	type PromptOptions,
	type PromptResult,
} from './prompt';
export {
	readExtraction,
	type Extraction,
	type ExtractionProblem,
	type ExtractionProblemCode,
	type ExtractedRow,
	type ExtractedValue,
	type ReadOptions,
} from './read';
export { fieldsFromParameter, type FieldsReading } from './parameter';
export { extractionOutputSchema, type OutputSchema } from './outputSchema';
export { extractionFieldsProperty, extractionFieldsJsonProperty } from './fieldsProperty';
