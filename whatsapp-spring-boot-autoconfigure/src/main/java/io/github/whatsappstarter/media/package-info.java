/**
 * Media on the Cloud API: upload (checked against Meta's types and sizes first), media URL, streamed
 * download that sends the access token to Meta's hosts only, delete, and upload-then-send.
 */
@NullMarked
package io.github.whatsappstarter.media;

import org.jspecify.annotations.NullMarked;
