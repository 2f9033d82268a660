import type { ICredentialType, INodeType } from 'n8n-workflow';

import { ClovaOcrApi } from '../../credentials/ClovaOcrApi.credentials';
import { NhnCloudOcrApi } from '../../credentials/NhnCloudOcrApi.credentials';
import { NhnCloudUserAccessKeyApi } from '../../credentials/NhnCloudUserAccessKeyApi.credentials';
import { NhnClovaOcr } from '../../nodes/NhnClovaOcr/NhnClovaOcr.node';

/** The server names a community node `${packageName}.${description.name}`. */
export const PACKAGE_NAME = 'n8n-nodes-nhn-clova-ocr';

/** Fresh instances per run, as each server start loads its own. */
export function packageNodeType(): INodeType {
	return new NhnClovaOcr();
}

export function packageCredentialTypes(): ICredentialType[] {
	return [new NhnCloudOcrApi(), new NhnCloudUserAccessKeyApi(), new ClovaOcrApi()];
}
