/**
 * The profile page (step 5): avatar, nickname, openid, unionid and scope, in WeUI cells. With an
 * snsapi_base token there is no profile, only the openid, and the page says so.
 */
import type { UserInfo } from '../platform-client/sns'
import { html, webUrl } from './html'
import type { SafeHtml } from './html'
import type { Page } from './layout'

export interface ProfileView {
  readonly openid: string
  readonly unionid: string | undefined
  readonly scopes: readonly string[]
  readonly snapshotUser: boolean
  /** undefined with an snsapi_base token. */
  readonly user: UserInfo | undefined
}

export function profilePage(view: ProfileView): Page {
  const user = view.user
  const avatar = user ? webUrl(user.headimgurl) : undefined
  const row = (label: string, value: string) =>
    html`<div class="weui-cell">
      <div class="weui-cell__bd"><p>${label}</p></div>
      <div class="weui-cell__ft bot-value">${value === '' ? '—' : value}</div>
    </div>`
  const rows: SafeHtml[] = [
    row('openid', view.openid),
    row('unionid', view.unionid ?? user?.unionid ?? ''),
    row('scope', view.scopes.join(', ')),
  ]
  if (user) {
    const place = [user.country, user.province, user.city].filter((p) => p !== '').join(' ')
    rows.push(row('地区 / Region', place))
  }
  const header = user
    ? html`<div class="bot-profile">
        ${
          avatar
            ? html`<img class="bot-avatar" src="${avatar}" alt="avatar" />`
            : html`<div class="bot-avatar"></div>`
        }
        <h2 class="weui-msg__title" data-testid="profile-nickname">${user.nickname}</h2>
      </div>`
    : html`<div class="weui-msg__text-area">
        <h2 class="weui-msg__title">静默授权 / Silent sign-in</h2>
        <p class="weui-msg__desc">
          snsapi_base 只能拿到 openid，拿不到昵称和头像。/ snsapi_base gives the openid only, no
          nickname or avatar.
        </p>
      </div>`
  const snapshot = view.snapshotUser
    ? html`<p class="weui-cells__tips">
        快照页模式：身份信息是虚拟的。/ Snapshot mode (is_snapshotuser=1): the identity is virtual.
      </p>`
    : undefined
  return {
    title: '用户资料 / Profile',
    imageOrigins: avatar ? [new URL(avatar).origin] : [],
    body: html`${header}
      <div class="weui-cells__title">网页授权结果 / What the authorization returned</div>
      <div class="weui-cells">${rows}</div>
      ${snapshot}
      <div class="weui-btn-area">
        <a class="weui-btn weui-btn_default" href="/jssdk">JS-SDK 示例 / JS-SDK demo</a>
        <a class="weui-btn weui-btn_default" href="/oauth">返回引导页 / Back to the guide</a>
      </div>`,
  }
}
