// A multipart/form-data body as a browser sends an upload form: the fields, then at most one file in the field "file".
export const MULTIPART_BOUNDARY = '----cabildo-test-boundary';

export interface FilePart { name: string; bytes: Buffer; type?: string }

export function multipart(fields: Array<[string, string]>, file?: FilePart): Buffer {
  const parts: Buffer[] = fields.map(([k, v]) => Buffer.from(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`),
      file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${MULTIPART_BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}
