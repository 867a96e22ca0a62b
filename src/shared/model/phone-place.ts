/**
 * Where the simulated phone is: Tencent Binhai Building, Shenzhen. The phone's location form starts
 * here (the label comes from the renderer's i18n), and the phone browser's `wx.getLocation`
 * answers it, so a location message and a page see the same place. Strings, as a location push
 * carries them (protocol.md §5: Location_X is the latitude).
 */
export const PHONE_SPOT = { lat: '22.522807', lng: '113.935338', scale: '15' } as const
