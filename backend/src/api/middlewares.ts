import { allowFields, authenticate, defineMiddlewares } from "@medusajs/framework/http"
import multer from "multer"
import { resolveProducerMember } from "./_lib/producer/actor"
import { PRODUCER_ACTOR } from "../modules/producer"
import { MAX_UPLOAD_BYTES } from "../lib/producer/uploads"
import { FairCatalogueSchema } from "./admin/fairs/[id]/catalogue/validators"
import { AdminListSchema } from "./admin/validators"
import { ModerateSchema } from "./admin/ocop/products/[id]/verification/validators"
import { ReportQuerySchema } from "./admin/ocop/report/validators"
import { RecordCertificateSchema } from "./admin/ocop/products/[id]/certificates/validators"
import { BatchListSchema, DecideBatchSchema, IssueBatchSchema, RequestBatchSchema, StampListSchema, SuspiciousSchema } from "./admin/ocop/stamp-batches/validators"
import { TraceReportSchema } from "./store/trace/reports/validators"
import { VerificationQueueSchema } from "./admin/ocop/verifications/validators"
import { InviteMemberSchema } from "./admin/producers/[id]/invites/validators"
import { AcceptInviteSchema } from "./producer-invites/accept/validators"
import { UpdateProducerProfileSchema } from "./producer/me/validators"
import { ShipItemsSchema } from "./producer/orders/[id]/ship/validators"
import { ProducerOrdersQuerySchema } from "./producer/orders/validators"
import { CreateProducerProductSchema, UpdateProducerProductSchema } from "../workflows/producer-product/validators"
import { newProductOcopProblems, productEditOcopProblems } from "./producer/products/ocop-checks"
import { FilesQuerySchema, PageSchema, SalesQuerySchema } from "./producer/validators"
import { PUBLIC_PRODUCER_FIELDS } from "../lib/store/public-fields"
import { fieldErrorHandler } from "./middlewares/field-error-handler"
import { validateOcopProducts } from "./middlewares/validate-ocop-products"
import { validatePickup } from "./middlewares/validate-pickup"
import { validateBody, validateQuery } from "./middlewares/validate-query"
import { rejectReservedCartKeys } from "./middlewares/reject-reserved-cart-keys"
import { rejectUnstorableText } from "./middlewares/reject-unstorable-text"
import { serializeCheckout } from "./middlewares/serialize-checkout"
import { singleUseResetToken } from "./middlewares/single-use-reset-token"
import { signInBudget } from "./middlewares/sign-in-budget"
import { traceReportBudget } from "./middlewares/trace-report-budget"
import { orderLookupBudget } from "./middlewares/order-lookup-budget"
import { checkVoucherCodes } from "./middlewares/check-voucher-codes"
import { validateVietnameseAddress } from "./middlewares/validate-vn-address"
import { StoreFairsSchema } from "./store/fairs/validators"
import { StoreProducersSchema } from "./store/producers/validators"
import { StoreProductSearchSchema } from "./store/product-search/validators"
import { StoreSalesPointsSchema } from "./store/sales-points/validators"
import { OrderLookupSchema } from "./store/order-lookup/validators"

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })
const producerAuth = [authenticate(PRODUCER_ACTOR, ["bearer", "session"]), resolveProducerMember]

export default defineMiddlewares({
  // 400s with per-field problems ({ type, message, errors }); the rest is Medusa's own handler
  errorHandler: fieldErrorHandler,
  routes: [
    { matcher: "/store/*", middlewares: [rejectUnstorableText] },
    { matcher: "/admin/*", middlewares: [rejectUnstorableText] },
    { matcher: "/producer/*", middlewares: [rejectUnstorableText] },
    { matcher: "/producer-invites/*", middlewares: [rejectUnstorableText] },
    // customers, producer members and staff alike
    // Medusa's own matcher: /auth/x/emailp%61ss/ and /AUTH/… reach its handler too, and are counted (sign-in-account.ts)
    { matcher: "/auth/:actor_type/:auth_provider", method: ["POST"], middlewares: [signInBudget] },
    // producer portal: every route is scoped to the signed-in member's producer
    { matcher: "/producer/*", middlewares: producerAuth },
    { matcher: "/producer/me", method: ["POST"], middlewares: [validateBody(UpdateProducerProfileSchema)] },
    { matcher: "/producer/products", method: ["GET"], middlewares: [validateQuery(PageSchema)] },
    { matcher: "/producer/products", method: ["POST"], middlewares: [validateBody(CreateProducerProductSchema, newProductOcopProblems)] },
    { matcher: "/producer/products/:id", method: ["POST"], middlewares: [validateBody(UpdateProducerProductSchema, productEditOcopProblems)] },
    { matcher: "/producer/files", method: ["GET"], middlewares: [validateQuery(FilesQuerySchema)] },
    { matcher: "/producer/files", method: ["POST"], bodyParser: false, middlewares: [validateQuery(FilesQuerySchema), upload.single("file")] },
    { matcher: "/producer/orders", method: ["GET"], middlewares: [validateQuery(ProducerOrdersQuerySchema)] },
    { matcher: "/producer/orders/:id/ship", method: ["POST"], middlewares: [validateBody(ShipItemsSchema)] },
    { matcher: "/producer/sales", method: ["GET"], middlewares: [validateQuery(SalesQuerySchema)] },
    {
      matcher: "/producer-invites/accept",
      method: ["POST"],
      middlewares: [authenticate(PRODUCER_ACTOR, ["bearer", "session"], { allowUnregistered: true }), validateBody(AcceptInviteSchema)],
    },
    { matcher: "/admin/products", method: ["POST"], middlewares: [validateOcopProducts] },
    { matcher: "/admin/products/:id", method: ["POST"], middlewares: [validateOcopProducts] },
    // the product page shows its producer; only the public fields may be asked for
    { matcher: "/store/products*", method: ["GET"], middlewares: [allowFields(PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`))] },
    { matcher: "/admin/ocop/verifications", method: ["GET"], middlewares: [validateQuery(VerificationQueueSchema)] },
    { matcher: "/admin/ocop/products/:id/verification", method: ["POST"], middlewares: [validateBody(ModerateSchema)] },
    { matcher: "/admin/ocop/report", method: ["GET"], middlewares: [validateQuery(ReportQuerySchema)] },
    // the OCOP registry: certificates with history, stamp batches, stamps, shoppers' reports
    { matcher: "/admin/ocop/products/:id/certificates", method: ["POST"], middlewares: [validateBody(RecordCertificateSchema)] },
    { matcher: "/admin/ocop/stamp-batches", method: ["GET"], middlewares: [validateQuery(BatchListSchema)] },
    { matcher: "/admin/ocop/stamp-batches", method: ["POST"], middlewares: [validateBody(IssueBatchSchema)] },
    { matcher: "/admin/ocop/stamp-batches/:id/decision", method: ["POST"], middlewares: [validateBody(DecideBatchSchema)] },
    { matcher: "/admin/ocop/stamp-batches/:id/stamps", method: ["GET"], middlewares: [validateQuery(StampListSchema)] },
    { matcher: "/admin/ocop/stamps", method: ["GET"], middlewares: [validateQuery(SuspiciousSchema)] },
    { matcher: "/admin/ocop/trace-reports", method: ["GET"], middlewares: [validateQuery(SuspiciousSchema)] },
    { matcher: "/admin/order-repairs", method: ["GET"], middlewares: [validateQuery(PageSchema)] },
    { matcher: "/producer/stamp-batches", method: ["GET"], middlewares: [validateQuery(PageSchema)] },
    { matcher: "/producer/stamp-batches", method: ["POST"], middlewares: [validateBody(RequestBatchSchema)] },
    { matcher: "/store/trace/reports", method: ["POST"], middlewares: [traceReportBudget, validateBody(TraceReportSchema)] },
    { matcher: "/admin/producers", method: ["GET"], middlewares: [validateQuery(AdminListSchema)] },
    { matcher: "/admin/sales-points", method: ["GET"], middlewares: [validateQuery(AdminListSchema)] },
    { matcher: "/admin/fairs", method: ["GET"], middlewares: [validateQuery(AdminListSchema)] },
    { matcher: "/admin/fairs/:id/catalogue", method: ["POST"], middlewares: [validateBody(FairCatalogueSchema)] },
    { matcher: "/admin/producers/:id/invites", method: ["POST"], middlewares: [validateBody(InviteMemberSchema)] },
    { matcher: "/store/product-search", method: ["GET"], middlewares: [validateQuery(StoreProductSearchSchema)] },
    { matcher: "/store/producers", method: ["GET"], middlewares: [validateQuery(StoreProducersSchema)] },
    { matcher: "/store/sales-points", method: ["GET"], middlewares: [validateQuery(StoreSalesPointsSchema)] },
    { matcher: "/store/fairs", method: ["GET"], middlewares: [validateQuery(StoreFairsSchema)] },
    { matcher: "/store/carts", method: ["POST"], middlewares: [rejectReservedCartKeys, validateVietnameseAddress("cart")] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [rejectReservedCartKeys, validateVietnameseAddress("cart")] },
    { matcher: "/store/customers/me/addresses", method: ["POST"], middlewares: [validateVietnameseAddress("address")] },
    { matcher: "/store/customers/me/addresses/:address_id", method: ["POST"], middlewares: [validateVietnameseAddress("address")] },
    { matcher: "/store/carts/:id/shipping-methods", method: ["POST"], middlewares: [validatePickup] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCheckout] },
    { matcher: "/store/carts/:id/promotions", method: ["POST"], middlewares: [checkVoucherCodes] },
    // a guest's "Tra cứu đơn hàng"; cancelling: a registered customer's session is read when there is one
    { matcher: "/store/order-lookup", method: ["POST"], middlewares: [orderLookupBudget, validateBody(OrderLookupSchema)] },
    { matcher: "/store/orders/:id/cancel", method: ["POST"], middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })] },
    // a password-reset link changes a password once, even when sent twice at the same moment
    { matcher: "/auth/:actor_type/emailpass/update", method: ["POST"], middlewares: [singleUseResetToken] },
  ],
})
