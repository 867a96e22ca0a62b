/**
 * Media the demo replies point at. A real bot gets a media_id by uploading a file to
 * /cgi-bin/media/upload (temporary, kept 3 days) or the permanent-material API, and puts that id
 * in the reply (protocol.md §7.2, §10.6). The sample bot uses fixed demo ids instead; mpsim's phone shows
 * them as placeholders.
 *
 * URLs (the news picture, the music link) point at the bot itself, so nothing leaves the machine.
 */
export const DEMO_MEDIA = {
  image: 'mpsim-demo-image-media-id',
  voice: 'mpsim-demo-voice-media-id',
  video: 'mpsim-demo-video-media-id',
  thumb: 'mpsim-demo-thumb-media-id',
} as const

export const ASSET_PATHS = {
  cover: '/static/cover.svg',
  music: '/static/demo-music.wav',
} as const
