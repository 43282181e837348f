import { detect, memoryFiles } from '@stackyard/detect';
import { DETECT_LIMITS, type DetectRequest, type DetectResponse } from '@stackyard/domain';
import { AppError } from '../errors/app-error.js';

const encoder = new TextEncoder();

/** Refuses more files or bytes than a detection reads (413), naming the limit that was passed. */
function checkLimits(files: DetectRequest['files']): void {
  if (files.length > DETECT_LIMITS.files) {
    throw new AppError('payload_too_large', `A detection reads at most ${DETECT_LIMITS.files} files; this sent ${files.length}`, { limit: DETECT_LIMITS.files });
  }
  let total = 0;
  for (const file of files) {
    const bytes = encoder.encode(file.content).byteLength;
    if (bytes > DETECT_LIMITS.fileBytes) {
      throw new AppError('payload_too_large', `${file.path} is larger than the ${DETECT_LIMITS.fileBytes / 1024} KB a file may be`, { file: file.path });
    }
    total += bytes;
  }
  if (total > DETECT_LIMITS.totalBytes) {
    throw new AppError('payload_too_large', `The files hold more than the ${DETECT_LIMITS.totalBytes / 1024 / 1024} MB a detection reads`, { limit: DETECT_LIMITS.totalBytes });
  }
}

/** The stack the files show: the same result the CLI prints, from the same engine. */
export async function detectFromFiles(request: DetectRequest): Promise<DetectResponse> {
  checkLimits(request.files);
  const { tools, hints, unknown, problems, workspaces } = await detect(memoryFiles(request.files));
  return { tools, hints, unknown, problems, workspaces };
}
