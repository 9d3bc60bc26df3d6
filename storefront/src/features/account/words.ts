import { wordsByLocale, type Translation } from "../../lib/i18n"

// Words of the customer's account (/tai-khoan), Vietnamese first. English is typed by the Vietnamese keys:
// a missing or misspelt translation is a type error. The shop's shared words
// (page frame, words several features use) stay in lib/i18n.
const vi = {
  signIn: "Đăng nhập",
  wrongSignIn: "Email hoặc mật khẩu không đúng.",
  signInLocked: "Tài khoản này đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  signOut: "Đăng xuất",
  register: "Đăng ký",
  password: "Mật khẩu",
  noAccount: "Chưa có tài khoản?",
  haveAccount: "Đã có tài khoản?",
  myOrders: "Đơn hàng của tôi",
  noOrders: "Bạn chưa có đơn hàng nào.",
  myAddresses: "Sổ địa chỉ",
  addAddress: "Thêm địa chỉ",
  hello: "Xin chào",
  orderDate: "Ngày đặt",
  status: "Trạng thái",
  awaiting_payment: "Chờ thanh toán",
  status_pending: "Đang xử lý",
  status_completed: "Hoàn tất",
  status_canceled: "Đã hủy",
}

export type AccountWords = Translation<typeof vi>

const en: AccountWords = {
  signIn: "Sign in",
  wrongSignIn: "Wrong e-mail or password.",
  signInLocked: "Too many wrong passwords for this account. Please try again in 15 minutes.",
  signOut: "Sign out",
  register: "Create an account",
  password: "Password",
  noAccount: "No account yet?",
  haveAccount: "Already have an account?",
  myOrders: "My orders",
  noOrders: "You have no orders yet.",
  myAddresses: "Address book",
  addAddress: "Add an address",
  hello: "Hello",
  orderDate: "Date",
  status: "Status",
  awaiting_payment: "Awaiting payment",
  status_pending: "Processing",
  status_completed: "Completed",
  status_canceled: "Canceled",
}

export const accountWords = wordsByLocale<AccountWords>(vi, en)
