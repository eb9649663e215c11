import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import {
  checkUpload,
  deleteFile,
  refuseActiveContent,
  storeFile,
  type UploadPolicy,
} from '../files/index.js';
import { assertCourseEditor } from './course-access.js';
import { recordVersion } from './course-snapshot.js';
import { lockedLesson } from './lesson-save.js';
import { lessonFiles } from './schema.js';

/**
 * What a lesson may offer for download or show as a picture: documents, slides, sheets and
 * images, recognised by their content (never their name), PDFs without active content, ≤ 25 MB.
 * The files module serves no video: a lesson's video is a link.
 */
export const LESSON_UPLOAD: UploadPolicy = {
  kinds: ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpeg'],
  maxBytes: 25 * 1024 * 1024,
};

/** Checks and stores an attachment of a lesson, in one transaction with the course's new version. */
export async function attachLessonFile(
  db: Db,
  actor: Actor | null,
  lessonId: string,
  upload: { name: string; bytes: Uint8Array },
  now: Date,
): Promise<{ id: string; courseId: string }> {
  const editor = assertCourseEditor(actor);
  const found = checkUpload(upload.bytes, LESSON_UPLOAD);
  await refuseActiveContent(found.kind, upload.bytes, LESSON_UPLOAD);
  return db.transaction(async (tx) => {
    const lesson = await lockedLesson(tx, lessonId);
    const stored = await storeFile(
      tx,
      { name: upload.name, bytes: upload.bytes, createdBy: editor.id },
      LESSON_UPLOAD,
    );
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${lessonFiles.position}), -1)::int` })
      .from(lessonFiles)
      .where(eq(lessonFiles.lessonId, lessonId));
    await tx.insert(lessonFiles).values({ lessonId, fileId: stored.id, position: Number(last?.n ?? -1) + 1 });
    await recordVersion(tx, lesson.courseId, editor, now);
    await recordAudit(tx, editor, {
      action: 'attach_file',
      entity: 'lesson',
      entityId: lessonId,
      after: { fileId: stored.id, name: stored.name, kind: stored.kind, size: stored.size },
    });
    return { id: stored.id, courseId: lesson.courseId };
  });
}

export async function removeLessonFile(
  db: Db,
  actor: Actor | null,
  lessonId: string,
  fileId: string,
  now: Date,
): Promise<{ courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const lesson = await lockedLesson(tx, lessonId);
    const [link] = await tx
      .delete(lessonFiles)
      .where(and(eq(lessonFiles.lessonId, lessonId), eq(lessonFiles.fileId, fileId)))
      .returning({ fileId: lessonFiles.fileId });
    if (!link) throw new AppError('not_found', 'lesson file');
    await deleteFile(tx, fileId);
    await recordVersion(tx, lesson.courseId, editor, now);
    await recordAudit(tx, editor, {
      action: 'remove_file',
      entity: 'lesson',
      entityId: lessonId,
      before: { fileId },
    });
    return { courseId: lesson.courseId };
  });
}
