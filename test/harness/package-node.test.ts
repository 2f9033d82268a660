import { useEmulator } from '../emulator/fixture';
import { receiptKoPng } from '../fixtures/catalog';
import { runNode, type BinaryMode } from './index';

const emulator = useEmulator();

const recognizeText = {
	resource: 'nhnGeneralOcr',
	operation: 'recognizeText',
	inputType: 'binary',
};
const items = [{ files: [{ path: receiptKoPng.path, mimeType: receiptKoPng.mimeType }] }];

describe.each<BinaryMode>(['default', 'filesystem'])(
	'the package node in %s mode',
	(binaryMode) => {
		it('recognizes a file with an App Key credential', async () => {
			const result = await runNode({
				parameters: { ...recognizeText, authentication: 'appKeySecretKey' },
				items,
				binaryMode,
				credentials: [
					{
						type: 'nhnCloudOcrApi',
						data: {
							appKey: emulator.nhn.appKey,
							secretKey: emulator.nhn.secretKey,
							baseUrl: emulator.nhn.baseUrl,
						},
					},
				],
			});

			expect(result.error).toBeUndefined();
			expect(result.items.length).toBeGreaterThan(0);
			expect(result.logs.join('\n')).not.toContain(emulator.nhn.secretKey);
		});
	},
);

it('stores the access token the User Access Key credential issues', async () => {
	const issuedBefore = emulator.tokens.issuedCount();
	const result = await runNode({
		parameters: { ...recognizeText, authentication: 'userAccessKey' },
		items,
		credentials: [
			{
				id: 'uak',
				type: 'nhnCloudUserAccessKeyApi',
				data: {
					userAccessKeyId: emulator.nhn.userAccessKeyId,
					secretAccessKey: emulator.nhn.secretAccessKey,
					appKey: emulator.nhn.appKey,
					baseUrl: emulator.nhn.baseUrl,
					tokenUrl: emulator.nhn.oauthBaseUrl,
				},
			},
		],
	});

	expect(result.error).toBeUndefined();
	expect(emulator.tokens.issuedCount()).toBe(issuedBefore + 1);
	expect(result.storedCredentials('uak').accessToken).toEqual(expect.any(String));
	expect(result.storedCredentials('uak').accessToken).not.toBe('');
});
