/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/**
 * The README's demo (`npm run demo`): starts the API emulator on loopback and runs every operation through the
 * real n8n engine (n8n-core's WorkflowExecute), printing the items a user would see in the editor.
 * Each part is a small section in sections/; add yours to the list.
 */
import { startEmulator } from '../emulator';
import { closeHarness } from '../harness';
import { createDemo, type DemoSection } from './section';
import { askAboutDocument } from './sections/askAboutDocument';
import { businessLicense } from './sections/businessLicense';
import { businessRegistration } from './sections/businessRegistration';
import { businessStatus } from './sections/businessStatus';
import { clovaTables } from './sections/clovaTables';
import { clovaTemplate } from './sections/clovaTemplate';
import { continueOnFail } from './sections/continueOnFail';
import { creditCard } from './sections/creditCard';
import { extractFields } from './sections/extractFields';
import { longImage } from './sections/longImage';
import { markdownPrivacy } from './sections/markdownPrivacy';
import { nhnGeneral } from './sections/nhnGeneral';
import { receiptRows } from './sections/receiptRows';
import { tokenFlow } from './sections/tokenFlow';

const sections: DemoSection[] = [
	nhnGeneral,
	longImage,
	businessRegistration,
	businessStatus,
	creditCard,
	askAboutDocument,
	extractFields,
	clovaTables,
	clovaTemplate,
	receiptRows,
	businessLicense,
	markdownPrivacy,
	tokenFlow,
	continueOnFail,
];

async function main() {
	const emulator = await startEmulator();
	console.log(`Emulator of NHN Cloud OCR and CLOVA OCR listening on ${emulator.url}`);
	const demo = createDemo(emulator);
	try {
		for (const [index, section] of sections.entries()) {
			console.log(`\n\x1b[1m${index + 1}. ${section.title}\x1b[0m`);
			await section.run(demo);
		}
	} finally {
		await emulator.close();
		await closeHarness();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
