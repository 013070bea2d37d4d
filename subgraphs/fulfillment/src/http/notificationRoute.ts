import { requireSignedPrincipal, type Logger, type Principal } from '@commerce/lib';
import express, { type Router } from 'express';
import { parseStatusNotification, type StatusNotifications } from '../services/notifications.js';

export const NOTIFICATION_PATH = '/notifications/sp-api';

/**
 * `POST /notifications/sp-api`: FULFILLMENT_ORDER_STATUS notifications delivered over HTTP (the
 * simulator, or a relay in front of the SQS queue SP-API notifications arrive on in production). The
 * sender signs as a service, like any caller of a subgraph: a forged notification could otherwise spend
 * our SP-API quota. 200 acknowledges; 503 asks for redelivery.
 */
export function notificationRoute({ routerSecret, notifications, logger }: { routerSecret: string; notifications: StatusNotifications; logger: Logger }): Router {
  const router = express.Router();
  router.post(NOTIFICATION_PATH, requireSignedPrincipal(routerSecret), express.json({ limit: '256kb' }), async (req, res) => {
    if ((res.locals.principal as Principal).kind !== 'service') {
      return void res.status(403).json({ error: 'Notifications are accepted from services only.' });
    }
    const notification = parseStatusNotification(req.body);
    if (!notification) {
      return void res.status(400).json({ error: 'Expected a FULFILLMENT_ORDER_STATUS notification with NotificationMetadata.NotificationId and SellerFulfillmentOrderId.' });
    }
    try {
      res.json({ outcome: await notifications.handle(notification) });
    } catch (err) {
      logger.warn({ err, ...notification }, 'notification not processed; asking for redelivery');
      res.status(503).json({ error: 'Not processed; deliver it again later.' });
    }
  });
  return router;
}
