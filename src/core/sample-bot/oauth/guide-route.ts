/** GET /oauth — the guide page (引导页): the five steps and the buttons that start them. */
import type { Request, Response } from 'express'
import { guidePage } from '../views/guide-page'
import { sendPage } from '../views/layout'

export function guideRoute(_req: Request, res: Response): void {
  sendPage(res, 200, guidePage())
}
