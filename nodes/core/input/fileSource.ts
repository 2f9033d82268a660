import type { IExecuteFunctions } from 'n8n-workflow';

/** The stream type n8n's binary helpers hand out (the node may not import `stream` itself). */
export type BinaryStream = Awaited<ReturnType<IExecuteFunctions['helpers']['getBinaryStream']>>;

/** A file n8n keeps in its binary store (filesystem binary mode): its size, and a way to read it again. */
export interface StoredFile {
	size: number;
	/** Opens the file from the start; each upload attempt opens it anew, so a retry sends the same bytes. */
	open: () => Promise<BinaryStream>;
	/** The whole file in one read by n8n (one Buffer, not many stream pieces to join). */
	read: () => Promise<Buffer>;
}

/** Either the bytes themselves (default binary mode) or the stored file they can be read from. */
export interface FileSource {
	bytes?: Buffer;
	stored?: StoredFile;
}

/** A file in n8n's binary store, by its id: its size from the store's metadata, nothing read yet. */
export async function storedFile(
	ctx: IExecuteFunctions,
	binaryDataId: string,
	read: () => Promise<Buffer>,
): Promise<StoredFile> {
	const { fileSize } = await ctx.helpers.getBinaryMetadata(binaryDataId);
	return {
		size: fileSize,
		open: async () => await ctx.helpers.getBinaryStream(binaryDataId),
		read,
	};
}

export function fileSize(file: FileSource): number {
	return file.bytes?.length ?? file.stored?.size ?? 0;
}

/** The whole file in memory, for what needs all of it at once (base64 JSON, counting a PDF's pages). */
export async function fileBytes(file: FileSource): Promise<Buffer> {
	if (file.bytes || !file.stored) return file.bytes ?? Buffer.alloc(0);
	const bytes = await file.stored.read();
	if (bytes.length !== file.stored.size)
		throw new Error(sizeMismatch(bytes.length, file.stored.size));
	return bytes;
}

export function sizeMismatch(length: number, size: number): string {
	return `The stored file has ${length} bytes where its metadata says ${size}`;
}

/** What a multipart part carries: the bytes in memory, or the stored file to stream. */
export function uploadValue(file: FileSource): Buffer | StoredFile {
	return file.bytes ?? file.stored ?? Buffer.alloc(0);
}
