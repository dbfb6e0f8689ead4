<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Balance:</source>
            <translation>&amp;Số dư:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Correction (+/−):</source>
            <translation>Điều &amp;chỉnh (+/−):</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correct a balance</source>
            <translation>Điều chỉnh số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correction</source>
            <translation>Điều chỉnh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Reason (required), e.g. lost receipt</source>
            <translation>Lý do (bắt buộc), vd. mất hóa đơn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Save (Enter)</source>
            <translation>Lưu (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>This shop has no balances to correct.</source>
            <translation>Cửa hàng chưa có số dư nào để điều chỉnh.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>rewards ready</source>
            <translation>phần thưởng sẵn sàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>stamps</source>
            <translation>dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>store credit (minor units)</source>
            <translation>tiền ví (đơn vị nhỏ nhất)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>uses left</source>
            <translation>lượt còn lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>{name}: {what} ({held} now)</source>
            <translation>{name}: {what} (hiện có {held})</translation>
        </message>
    </context>
    <context>
        <name>AmountWords</name>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>cent</source>
            <translation>xu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>cents</source>
            <translation>xu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>dong</source>
            <translation>đồng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>euro</source>
            <translation>euro</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>euros</source>
            <translation>euro</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>forint</source>
            <translation>forint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>forints</source>
            <translation>forint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>krone</source>
            <translation>krone</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>kroner</source>
            <translation>krone</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>{major} and {minor}</source>
            <translation>{major} và {minor}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>øre</source>
            <translation>øre</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Backup restored</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Balance corrected</source>
            <translation>Điều chỉnh số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Card prefix</source>
            <translation>Đầu số thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Colours</source>
            <translation>Màu sắc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Currency</source>
            <translation>Tiền tệ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Feedback question</source>
            <translation>Câu hỏi đánh giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card sold</source>
            <translation>Bán thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card voided</source>
            <translation>Vô hiệu hóa thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card {code}</source>
            <translation>Thẻ quà tặng {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card {code} sold</source>
            <translation>Bán thẻ quà tặng {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift cards above this need the owner</source>
            <translation>Thẻ quà tặng vượt mức này cần chủ cửa hàng duyệt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member #{id}</source>
            <translation>Hội viên #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member #{id} into #{keep}</source>
            <translation>Hội viên #{id} vào #{keep}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member erased</source>
            <translation>Đã xóa hội viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Members merged</source>
            <translation>Đã gộp hội viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Owner approval</source>
            <translation>Chủ cửa hàng phê duyệt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Owner screens lock after (min)</source>
            <translation>Khóa màn hình quản lý sau (phút)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN changed</source>
            <translation>Đổi mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN removed</source>
            <translation>đã xóa mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN unlocked</source>
            <translation>Mở khóa mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Refund</source>
            <translation>Hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Setting changed</source>
            <translation>Đổi cài đặt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Shop name</source>
            <translation>Tên cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Staff added</source>
            <translation>Thêm nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Staff changed</source>
            <translation>Sửa nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Text size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Tier changed</source>
            <translation>Đổi hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Till name</source>
            <translation>Tên quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit voided</source>
            <translation>Hủy lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit {id}</source>
            <translation>Lượt ghé {id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Void of visit {id}</source>
            <translation>Hủy lượt ghé {id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Voids above this need the owner</source>
            <translation>Hủy lượt ghé vượt mức này cần chủ cửa hàng duyệt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Wrong PIN</source>
            <translation>Sai mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>above {limit}</source>
            <translation>vượt {limit}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>asked by {name}</source>
            <translation>{name} yêu cầu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>cashier</source>
            <translation>thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>from an earlier day</source>
            <translation>thuộc ngày trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>in full</source>
            <translation>toàn bộ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>in part</source>
            <translation>một phần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>left</source>
            <translation>đã nghỉ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>locked until the owner unlocks it</source>
            <translation>bị khóa đến khi chủ cửa hàng mở khóa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>locked until {time}</source>
            <translation>bị khóa đến {time}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>new PIN</source>
            <translation>mã PIN mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>no tier</source>
            <translation>không có hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner</source>
            <translation>chủ cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner screens open</source>
            <translation>màn hình quản lý đang mở</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner's PIN typed</source>
            <translation>chủ đã nhập mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>refunded</source>
            <translation>đã hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>the owner at the till</source>
            <translation>chủ đang đứng quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>voided</source>
            <translation>đã hủy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>works here</source>
            <translation>đang làm việc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>{count} in a row</source>
            <translation>{count} lần liên tiếp</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>&amp;Person</source>
            <translation>&amp;Người thực hiện</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Audit trail</source>
            <translation>Nhật ký thao tác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Audit trail: who did what, when</source>
            <translation>Nhật ký thao tác: ai làm gì, khi nào</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Da&amp;y</source>
            <translation>Ngà&amp;y</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Everyone</source>
            <translation>Tất cả mọi người</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Nothing recorded for this choice.</source>
            <translation>Không có ghi nhận nào cho lựa chọn này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>One day only (Ctrl+D)</source>
            <translation>Chỉ một ngày (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Person</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Show more (Ctrl+M)</source>
            <translation>Xem thêm (Ctrl+M)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Subject</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Today (Ctrl+T)</source>
            <translation>Hôm nay (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>When</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>{n} entries shown, newest first.</source>
            <translation>Đang hiện {n} mục, mới nhất trước.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>1. The data the counter holds now ({members} members, {visits} visits) is saved first, as a backup named “Before a restore”. Restoring that one undoes this.

2. Then the counter shows the data of {when}: {old_members} members, {old_visits} visits. Visits and members recorded after that are then only in the saved backup.</source>
            <translation>1. Dữ liệu hiện có ở quầy ({members} thành viên, {visits} lượt ghé) được lưu trước, thành bản sao lưu tên “Trước khi khôi phục”. Khôi phục bản đó sẽ hoàn tác thao tác này.

2. Sau đó quầy dùng dữ liệu lúc {when}: {old_members} thành viên, {old_visits} lượt ghé. Lượt ghé và thành viên ghi sau thời điểm đó chỉ còn trong bản sao lưu vừa lưu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>A backup is taken every day when the app starts, checked and compressed (one a day for a week, one a week for a month and one a month for three months are kept) and before every update. Folder: {folder}</source>
            <translation>Mỗi ngày, khi mở ứng dụng, và trước mỗi lần cập nhật đều có một bản sao lưu được kiểm tra và nén (giữ mỗi ngày một bản trong một tuần, mỗi tuần một bản trong một tháng và mỗi tháng một bản trong ba tháng). Thư mục: {folder}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Back up now (Ctrl+B)</source>
            <translation>Sao lưu ngay (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backup taken: {name}</source>
            <translation>Đã sao lưu: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before a restore</source>
            <translation>Trước khi khôi phục</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before an update</source>
            <translation>Trước khi cập nhật</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Choose a backup with ↑ ↓, then press Enter to restore it.</source>
            <translation>Chọn bản sao lưu bằng ↑ ↓, rồi nhấn Enter để khôi phục.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Copy saved: {path}</source>
            <translation>Đã lưu bản sao: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Daily</source>
            <translation>Hằng ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>It was made by an earlier version and is updated first.</source>
            <translation>Bản này do phiên bản cũ tạo ra nên sẽ được cập nhật trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Last good backup: {date} {time} ({ago})</source>
            <translation>Bản sao lưu tốt gần nhất: {date} {time} ({ago})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Loyalty POS data (*.sqlite3 *.db);;All files (*)</source>
            <translation>Dữ liệu Loyalty POS (*.sqlite3 *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Made by hand</source>
            <translation>Sao lưu thủ công</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No backups yet. Ctrl+B takes one now.</source>
            <translation>Chưa có bản sao lưu. Nhấn Ctrl+B để sao lưu ngay.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No checked backup yet. Ctrl+B takes one now.</source>
            <translation>Chưa có bản sao lưu đã kiểm tra. Nhấn Ctrl+B để sao lưu ngay.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Other file</source>
            <translation>Tệp khác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup from a file</source>
            <translation>Khôi phục bản sao lưu từ tệp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore from a file… (Ctrl+O)</source>
            <translation>Khôi phục từ tệp… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore the backup of {when}?</source>
            <translation>Khôi phục bản sao lưu lúc {when}?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restored the backup of {when}: {members} members, {visits} visits. The data it replaced is saved as the newest backup (“Before a restore”).</source>
            <translation>Đã khôi phục bản sao lưu lúc {when}: {members} thành viên, {visits} lượt ghé. Dữ liệu bị thay thế được lưu thành bản sao lưu mới nhất (“Trước khi khôi phục”).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore… (Enter)</source>
            <translation>Khôi phục… (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy of the shop's data to (e.g. a USB stick)</source>
            <translation>Lưu bản sao dữ liệu cửa hàng vào (vd. USB)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy to… (Ctrl+S)</source>
            <translation>Lưu bản sao vào… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Taken</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>The counter holds {members} members and {visits} visits now.</source>
            <translation>Quầy hiện có {members} thành viên và {visits} lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Visits</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>cannot be read</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{date} {time} ({ago})</source>
            <translation>{date} {time} ({ago})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{kind}, older version</source>
            <translation>{kind}, phiên bản cũ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{name} is not a backup of Loyalty POS. Nothing was changed.</source>
            <translation>{name} không phải bản sao lưu của Loyalty POS. Không có gì thay đổi.</translation>
        </message>
        <message>
            <source>A backup is taken every day when the app starts (the last 7 are kept) and before every update. Folder: {folder}</source>
            <translation type="vanished">Mỗi ngày, khi mở ứng dụng, và trước mỗi lần cập nhật đều có một bản sao lưu (giữ 7 bản gần nhất). Thư mục: {folder}</translation>
        </message>
    </context>
    <context>
        <name>BalancesRow</name>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>Store credit</source>
            <translation>Tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} expire by {date}</source>
            <translation>{n} hết hạn trước {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} left</source>
            <translation>còn {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{points} = {value}</source>
            <translation>{points} = {value}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../loyalty_pos/ui/banner.py" />
            <source>Backups…</source>
            <translation>Sao lưu…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/banner.py" />
            <source>The shop's file is damaged and read-only: {reason} Lookups work; nothing can be saved. Restore the newest good backup.</source>
            <translation>Tệp dữ liệu của cửa hàng bị hỏng và chỉ đọc được: {reason} Vẫn tra cứu được nhưng không thể lưu gì. Hãy khôi phục bản sao lưu tốt mới nhất.</translation>
        </message>
    </context>
    <context>
        <name>CardDesignDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Line of text</source>
            <translation>&amp;Dòng chữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;No logo</source>
            <translation>&amp;Không có logo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Shop name on the card</source>
            <translation>&amp;Tên cửa hàng trên thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>58 mm</source>
            <translation>58 mm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>80 mm</source>
            <translation>80 mm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>A logo is set.</source>
            <translation>Đã có logo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Accent colour</source>
            <translation>Màu nhấn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Background</source>
            <translation>Màu nền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Bar&amp;code</source>
            <translation>&amp;Mã vạch</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Card design</source>
            <translation>Mẫu thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose a logo</source>
            <translation>Chọn logo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose logo… (Ctrl+O)</source>
            <translation>Chọn logo… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Code 128</source>
            <translation>Code 128</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>EAN-13 (scans everywhere)</source>
            <translation>EAN-13 (quét được ở mọi nơi)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>F4 in the colour field opens the colour chooser</source>
            <translation>Nhấn F4 trong ô màu để mở bảng chọn màu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>None</source>
            <translation>Không</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pick… (F4)</source>
            <translation>Chọn… (F4)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Hình ảnh (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Save (Enter)</source>
            <translation>Lưu (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Slip &amp;paper</source>
            <translation>&amp;Khổ giấy biên nhận</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Text colour</source>
            <translation>Màu chữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>e.g. Every 10th coffee free</source>
            <translation>vd. Ly thứ 10 miễn phí</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Hủy</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation type="vanished">Chọn logo…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation type="vanished">Không có logo</translation>
        </message>
        <message>
            <source>Pick…</source>
            <translation type="vanished">Chọn…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Lưu</translation>
        </message>
    </context>
    <context>
        <name>CashierSwitch</name>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source> (now)</source>
            <translation> (đang trực)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>A scan can't choose a cashier: nobody was switched. Press their number.</source>
            <translation>Không chọn thu ngân bằng mã quét được: chưa đổi ai. Nhấn số của người đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Esc: cancel</source>
            <translation>Esc: hủy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Switch cashier</source>
            <translation>Đổi thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Who is at the till? Press their number.</source>
            <translation>Ai đang đứng quầy? Nhấn số của người đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>cashier</source>
            <translation>thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>owner</source>
            <translation>chủ cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>{name}, your PIN (then Enter):</source>
            <translation>{name}, nhập mã PIN (rồi Enter):</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>M{n}</source>
            <translation>T{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS over time</source>
            <translation>NPS theo thời gian</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New and returning members</source>
            <translation>Thành viên mới và quay lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Returning</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Sales ({currency})</source>
            <translation>Doanh thu ({currency})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>This month is not over yet: the share can still grow.</source>
            <translation>Tháng này chưa kết thúc: tỷ lệ còn có thể tăng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits and sales</source>
            <translation>Lượt ghé và doanh thu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>so far</source>
            <comment>under a month, week or day on a chart: not over yet</comment>
            <translation>tới giờ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>{number} M</source>
            <comment>millions on a chart axis: 1,5 M Ft</comment>
            <translation>{number} tr</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>{number} bn</source>
            <comment>billions on a chart axis: 1,5 bn ₫</comment>
            <translation>{number} tỷ</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Backup {file} recorded link {seq} of till {till} as {recorded}; it is {now} now: the history was rewritten after that backup.</source>
            <translation>Bản sao lưu {file} đã ghi mắt xích {seq} của quầy {till} là {recorded}; nay là {now}: lịch sử đã bị ghi đè sau bản sao lưu đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Backup {file} recorded link {seq} of till {till}; the chain no longer has it: the history was cut after that backup.</source>
            <translation>Bản sao lưu {file} đã ghi mắt xích {seq} của quầy {till}; chuỗi không còn mắt xích này: lịch sử đã bị cắt bớt sau bản sao lưu đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Guard trigger {name} is missing: it was dropped outside the app.</source>
            <translation>Thiếu trigger bảo vệ {name}: trigger đã bị xóa bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Guard trigger {name} was changed outside the app.</source>
            <translation>Trigger bảo vệ {name} đã bị sửa bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Link {seq} of till {till} is not what an earlier check verified: the history before it was rewritten.</source>
            <translation>Mắt xích {seq} của quầy {till} không còn như lần kiểm tra trước đã xác nhận: lịch sử trước mắt xích này đã bị ghi đè.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Setting {key} is not as the audit trail recorded: changed outside the app.</source>
            <translation>Cài đặt {key} không khớp với nhật ký thao tác: đã bị sửa bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Staff member {id} ({name}) is not as the audit trail recorded: changed outside the app.</source>
            <translation>Nhân viên {id} ({name}) không khớp với nhật ký thao tác: đã bị sửa bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The chain of till {till} does not end where its head says (link {seq}): links were removed or rewritten.</source>
            <translation>Chuỗi của quầy {till} không kết thúc ở mắt xích cuối đã ghi nhận (mắt xích {seq}): có mắt xích đã bị xóa hoặc ghi đè.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The dashboard's totals for {day} (UTC) differ from the visits and ledger rows: changed outside the app.</source>
            <translation>Số tổng của trang tổng quan cho ngày {day} (UTC) khác với các lượt ghé và các dòng sổ cái: đã bị thay đổi bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The dashboard's totals of member {id} for {month} (UTC) differ from the visits and ledger rows: changed outside the app.</source>
            <translation>Số tổng của trang tổng quan cho thành viên {id} trong tháng {month} (UTC) khác với các lượt ghé và các dòng sổ cái: đã bị thay đổi bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id} is marked voided, but no void was recorded.</source>
            <translation>Lượt ghé {id} được đánh dấu đã hủy, nhưng không có ghi nhận việc hủy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id} was voided (audit trail) but is no longer marked voided.</source>
            <translation>Lượt ghé {id} đã bị hủy (theo nhật ký thao tác) nhưng không còn được đánh dấu đã hủy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id}: its refunded amount or status does not match its refunds (changed outside the app).</source>
            <translation>Lượt ghé {id}: số tiền đã hoàn hoặc trạng thái không khớp với các lần hoàn tiền (đã bị sửa bên ngoài ứng dụng).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id}: the void's reason or person differs from the audit trail.</source>
            <translation>Lượt ghé {id}: lý do hủy hoặc người hủy khác với nhật ký thao tác.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} is in the chain (link {seq}) but no longer in the file.</source>
            <translation>Dòng {id} của bảng {table} có trong chuỗi (mắt xích {seq}) nhưng không còn trong tệp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} is not in the chain: it was written outside the app.</source>
            <translation>Dòng {id} của bảng {table} không có trong chuỗi: dòng này được ghi bên ngoài ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} was changed after it was written: it does not match its hash (link {seq} of till {till}).</source>
            <translation>Dòng {id} của bảng {table} đã bị sửa sau khi ghi: không khớp với mã băm (mắt xích {seq} của quầy {till}).</translation>
        </message>
    </context>
    <context>
        <name>CheckoutFocus</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/focus.py" />
            <source>Nothing to apply for {name}.</source>
            <translation>Không có gì để áp dụng cho {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/focus.py" />
            <source>Nothing to apply: rewards and payments show under Apply for a member.</source>
            <translation>Không có gì để áp dụng: thưởng và khoản thanh toán hiện ở mục Áp dụng khi có thành viên.</translation>
        </message>
    </context>
    <context>
        <name>CheckoutForm</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>&amp;Amount</source>
            <translation>&amp;Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Amount</source>
            <translation>Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Apply ({apply}; {key}: how much)</source>
            <translation>Áp dụng ({apply}; {key}: bao nhiêu)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Confirm (Enter)</source>
            <translation>Xác nhận (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon ({key})</source>
            <translation>Mã giảm giá ({key})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon code</source>
            <translation>Mã giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Coupon {code} added.</source>
            <translation>Đã thêm phiếu giảm giá {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Enter the amount, the items or a reward.</source>
            <translation>Nhập số tiền, món hoặc phần thưởng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Gift card code</source>
            <translation>Mã thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Items (digit = how many, + −)</source>
            <translation>Món (số = số lượng, + −)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>No member: enter an amount for a coupon or gift card, or scan a card.</source>
            <translation>Chưa có thành viên: nhập số tiền để dùng phiếu giảm giá hay thẻ quà tặng, hoặc quét thẻ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>This visit</source>
            <translation>Lượt ghé này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>{key}: take only part of the card's balance</source>
            <translation>{key}: chỉ dùng một phần số dư thẻ</translation>
        </message>
        <message>
            <source>Apply (Space ticks · {key} how much)</source>
            <translation type="vanished">Áp dụng (Space: chọn · {key}: bao nhiêu)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source> (VOID)</source>
            <translation> (ĐÃ VÔ HIỆU)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source> (at most {amount})</source>
            <translation> (tối đa {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source> (program switched off)</source>
            <translation> (chương trình đã tắt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>(PIN locked)</source>
            <translation>(mã PIN bị khóa)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>(older version)</source>
            <translation>(phiên bản cũ)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>(refunded)</source>
            <translation>(đã hoàn tiền)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>(voided)</source>
            <translation>(đã hủy)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>+{n} stamps</source>
            <translation>+{n} dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, expires {date}</source>
            <translation>, hết hạn {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, for {name}</source>
            <translation>, dành cho {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>, rewards ready: {n} ({reward})</source>
            <translation>, phần thưởng sẵn sàng: {n} ({reward})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, valid until {date}</source>
            <translation>, hạn dùng đến {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>--clear needs --member: the shop's default is set with an amount.</source>
            <translation>--clear cần có --member: mức mặc định của cửa hàng được đặt bằng một số tiền.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--items needs --program NAME.</source>
            <translation>--items cần có --program NAME.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>--list takes no amount, --member or --clear.</source>
            <translation>--list không đi kèm số tiền, --member hay --clear.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--program needs --items N.</source>
            <translation>--program cần có --items N.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--request-id must be 1 to {max} characters.</source>
            <translation>--request-id phải dài từ 1 đến {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>--to is before --from.</source>
            <translation>--to đang ở trước --from.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>A past visit (--at) needs the shop's server; it cannot be queued.</source>
            <translation>Một lượt ghé trong quá khứ (--at) cần máy chủ của cửa hàng; không thể xếp hàng chờ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>Added {kind} “{name}” (id {id}).</source>
            <translation>Đã thêm {kind} “{name}” (id {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>Added {name} ({role}), number {id}.</source>
            <translation>Đã thêm {name} ({role}), số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Admin commands over the shop's database. Acts as the Owner; asks no PIN.</source>
            <translation>Lệnh quản trị trên cơ sở dữ liệu của cửa hàng. Chạy với quyền chủ cửa hàng; không hỏi mã PIN.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Amount {amount}, discount {discount}, charged {charged}.</source>
            <translation>Số tiền {amount}, giảm {discount}, đã thu {charged}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Another program is reading the shop: its WAL is emptied when it stops.</source>
            <translation>Một chương trình khác đang đọc dữ liệu cửa hàng: tệp WAL sẽ được làm trống khi nó dừng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>BLOCKED</source>
            <translation>BỊ KHÓA</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Back on gift card {code}: {amount}</source>
            <translation>Hoàn vào thẻ quà tặng {code}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Back to store credit: {amount}</source>
            <translation>Hoàn vào ví: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Backup taken: {path}</source>
            <translation>Đã sao lưu: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Branch {branch}</source>
            <translation>Chi nhánh {branch}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Broken rows:</source>
            <translation>Dòng lỗi:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>By till</source>
            <translation>Theo quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Cannot use the database file: {error}</source>
            <translation>Không dùng được tệp cơ sở dữ liệu: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>Cannot write {path}: no such folder, or it is a folder.</source>
            <translation>Không ghi được {path}: thư mục không tồn tại, hoặc đó là một thư mục.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/lookup.py" />
            <source>Card {code} does not belong to a member yet (enroll with: members add --card {code}).</source>
            <translation>Thẻ {code} chưa thuộc thành viên nào (đăng ký bằng: members add --card {code}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>Card {code} is blocked.</source>
            <translation>Thẻ {code} đã bị khóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>Card {code} works again.</source>
            <translation>Thẻ {code} đã dùng lại được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Card {old} is replaced by card {new} ({name}).</source>
            <translation>Thẻ {old} đã được thay bằng thẻ {new} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Change a scheme. Options not given stay as they are; “none” empties one.</source>
            <translation>Sửa một chương trình. Tùy chọn không nêu thì giữ nguyên; “none” để xóa trống một tùy chọn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Changed {kind} “{name}” (id {id}): from the next checkout.</source>
            <translation>Đã sửa {kind} “{name}” (id {id}): áp dụng từ lần thanh toán tới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Checked</source>
            <translation>Đã kiểm tra</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Columns: {list}</source>
            <translation>Cột: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Copied {file} to {url} in {copy} s and checked it in {check} s (till {till}, branch {branch}).</source>
            <translation>Đã sao chép {file} sang {url} trong {copy} giây và kiểm tra trong {check} giây (quầy {till}, chi nhánh {branch}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Copy saved: {path}</source>
            <translation>Đã lưu bản sao: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Coupon for next visit: {code}</source>
            <translation>Phiếu giảm giá lần sau: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Coupon offer added:</source>
            <translation>Đã thêm ưu đãi phiếu giảm giá:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Coupon {code} issued: {offer}</source>
            <translation>Đã phát phiếu giảm giá {code}: {offer}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>Created {path}.</source>
            <translation>Đã tạo {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Credit earned: {n}</source>
            <translation>Tiền ví được cộng: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>DIFFERENT</source>
            <translation>KHÁC</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Database error: {error}</source>
            <translation>Lỗi cơ sở dữ liệu: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>Demo shop written to {path}: {members} members, {programs} programs.</source>
            <translation>Đã ghi cửa hàng mẫu vào {path}: {members} thành viên, {programs} chương trình.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Dry run: nothing written.</source>
            <translation>Chạy thử: không ghi gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>End of day {day}</source>
            <translation>Cuối ngày {day}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>Enrolled:</source>
            <translation>Đã đăng ký:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Erased member #{id}: their personal data is gone from the file.</source>
            <translation>Đã xóa hội viên #{id}: dữ liệu cá nhân của họ không còn trong tệp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Exit status: 0 done; 1 check found a problem; 2 refused, nothing changed; 3 unexpected error, details in loyalty-pos.log beside the database.</source>
            <translation>Mã thoát: 0 xong; 1 check tìm thấy lỗi; 2 bị từ chối, không có gì thay đổi; 3 lỗi không mong muốn, chi tiết trong loyalty-pos.log cạnh cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>Feedback {score} stored for visit {visit}.</source>
            <translation>Đã lưu đánh giá {score} cho lượt ghé {visit}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Gift card {code} is void: it is not printed again.</source>
            <translation>Thẻ quà tặng {code} đã vô hiệu: không in lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Gift card {code}: {balance} of {initial} left</source>
            <translation>Thẻ quà tặng {code}: còn {balance} / {initial}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Gift cards</source>
            <translation>Thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Give --db the shop's file to move it to a server.</source>
            <translation>Hãy đưa tệp của cửa hàng cho --db để chuyển nó lên máy chủ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>Give an amount or --clear, not both.</source>
            <translation>Hãy nhập một số tiền hoặc --clear, không nhập cả hai.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Give the member's CODE, or --no-member.</source>
            <translation>Cho biết CODE (mã thẻ) của thành viên, hoặc dùng --no-member.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Hand back in cash: {amount}</source>
            <translation>Trả lại tiền mặt: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Liability statement {start} – {end}</source>
            <translation>Bảng kê giá trị còn nợ khách {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Member #{id}, {channel}: {answer} (recorded).</source>
            <translation>Hội viên #{id}, {channel}: {answer} (đã ghi).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Members copied for offline lookups: {n}.</source>
            <translation>Số thành viên đã sao chép để tra cứu ngoại tuyến: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Members imported: {n}; opening balances: {rows}.</source>
            <translation>Đã nhập {n} thành viên; số dư ban đầu: {rows}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation>Thành viên đang ở hạng này giữ hạng đến kỳ xét hạng tới (hiện có {n} người).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) to spend.</source>
            <translation>Thành viên vẫn giữ số điểm đang có (tổng {held}, do {n} người giữ) để dùng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) to use.</source>
            <translation>Thành viên vẫn giữ số lượt đã mua (tổng {held}, do {n} người giữ) để dùng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) to redeem.</source>
            <translation>Thành viên vẫn giữ phần thưởng sẵn sàng (tổng {held}, do {n} người giữ) để đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) to pay with.</source>
            <translation>Thành viên vẫn giữ tiền ví (tổng {held}, do {n} người giữ) để thanh toán.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Merged member #{other} into member #{keep}: {n} balance(s) moved.</source>
            <translation>Đã gộp hội viên #{other} vào hội viên #{keep}: đã chuyển {n} số dư.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>New PIN set for {name}.</source>
            <translation>Đã đặt mã PIN mới cho {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>No backups yet.</source>
            <translation>Chưa có bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>No coupon offers.</source>
            <translation>Chưa có ưu đãi phiếu giảm giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>No member has a card to print.</source>
            <translation>Không thành viên nào có thẻ để in.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>No members found.</source>
            <translation>Không tìm thấy thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>No points program takes points as payment.</source>
            <translation>Không có chương trình tích điểm nào cho trả bằng điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>No programs yet.</source>
            <translation>Chưa có chương trình.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>No shortfall on this till.</source>
            <translation>Quầy này không có thiếu hụt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Not imported: {list}</source>
            <translation>Không nhập: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>Nothing recorded.</source>
            <translation>Chưa ghi nhận gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Nothing unusual today.</source>
            <translation>Hôm nay không có gì bất thường.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Nothing was rung up, sold or refunded that day.</source>
            <translation>Ngày này không có lượt tính tiền, bán thẻ hay hoàn tiền nào.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>OK: the database and the ledger are consistent.</source>
            <translation>OK: cơ sở dữ liệu và sổ cái khớp nhau.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Points earned: {n}</source>
            <translation>Điểm được cộng: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Printed to {path}.</source>
            <translation>Đã in ra {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Problems found: {n}</source>
            <translation>Phát hiện {n} lỗi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>Program added:</source>
            <translation>Đã thêm chương trình:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Program changed:</source>
            <translation>Đã sửa chương trình:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Queued: the shop's server cannot be reached. The visit (request id {request}) will be sent when it is back; its stamps and points are added then.</source>
            <translation>Đã xếp hàng chờ: không kết nối được máy chủ của cửa hàng. Lượt ghé (mã yêu cầu {request}) sẽ được gửi khi máy chủ hoạt động lại; tem và điểm sẽ được cộng lúc đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Refunded {amount} of visit {id} ({state}).</source>
            <translation>Đã hoàn {amount} của lượt ghé {id} ({state}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Reserved blank cards:</source>
            <translation>Thẻ trắng đã dành sẵn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Restored {file}: {members} members, {visits} visits.</source>
            <translation>Đã khôi phục {file}: {members} thành viên, {visits} lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>SQLite cannot read the file: {error}</source>
            <translation>SQLite không đọc được tệp: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Say what the visit does: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</source>
            <translation>Cho biết lượt ghé gồm gì: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Say what to change: one or more options (programs update {kind} --help).</source>
            <translation>Cho biết cần sửa gì: một hoặc nhiều tùy chọn (programs update {kind} --help).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Sent: {sent}; already there: {already}; refused: {refused}.</source>
            <translation>Đã gửi: {sent}; đã có sẵn: {already}; bị từ chối: {refused}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Server</source>
            <translation>Máy chủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Several of them are called “{name}” (ids {ids}): give the id instead.</source>
            <translation>Có nhiều mục tên “{name}” (id {ids}): hãy dùng id.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Shortfall on this till (spent offline, refused by the server): {n}</source>
            <translation>Thiếu hụt ở quầy này (tiêu khi ngoại tuyến, bị máy chủ từ chối): {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Shortfall: spent offline, but the member no longer had it: {n}</source>
            <translation>Thiếu hụt: đã tiêu khi ngoại tuyến nhưng thành viên không còn đủ: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation>Đã bỏ qua các dòng lỗi: {lines}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Sold:</source>
            <translation>Đã bán:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Switched off {kind} “{name}” (id {id}).</source>
            <translation>Đã tắt {kind} “{name}” (id {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Switched on {kind} “{name}” (id {id}).</source>
            <translation>Đã bật lại {kind} “{name}” (id {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The copy differs from the file. Keep using the file, and send this output when you ask for help.</source>
            <translation>Bản sao khác với tệp. Hãy tiếp tục dùng tệp và gửi kết quả này khi nhờ hỗ trợ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>The data it replaced was saved as {saved} (restore it to undo).</source>
            <translation>Dữ liệu bị thay thế đã được lưu thành {saved} (khôi phục bản đó để hoàn tác).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>The demo shop is not part of this build.</source>
            <translation>Bản dựng này không có cửa hàng mẫu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>The file is damaged: {reason}</source>
            <translation>Tệp bị hỏng: {reason}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The full check on the server found {count} problems:</source>
            <translation>Kiểm tra đầy đủ trên máy chủ tìm thấy {count} vấn đề:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The full check on the server passed: every balance equals its ledger, every chain link verifies.</source>
            <translation>Kiểm tra đầy đủ trên máy chủ đạt: mọi số dư khớp với sổ cái, mọi mắt xích của chuỗi đều hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>The gift card {code} is void or expired: its {amount} is paid in cash.</source>
            <translation>Thẻ quà tặng {code} đã vô hiệu hoặc hết hạn: phần {amount} được trả bằng tiền mặt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>The membership of {name} is active again.</source>
            <translation>Tư cách thành viên của {name} đã hoạt động lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>The membership of {name} is blocked.</source>
            <translation>Tư cách thành viên của {name} đã bị khóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The server holds the same shop. Point the tills at it with --db.</source>
            <translation>Máy chủ chứa đúng cửa hàng này. Hãy trỏ các quầy tới đó bằng --db.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>The shop's default: {value}. Members with an amount of their own: {n}.</source>
            <translation>Mức mặc định của cửa hàng: {value}. Thành viên có hạn mức riêng: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>The shop's server cannot be reached, and this till has no copy of the members yet (it is made at the first sync with the server).</source>
            <translation>Không kết nối được máy chủ của cửa hàng, và quầy này chưa có bản sao danh sách thành viên (bản sao được tạo ở lần đồng bộ đầu tiên).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>The whole shop</source>
            <translation>Toàn cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>There is no database at {path}. Create it with: loyalty-pos admin init</source>
            <translation>Không có cơ sở dữ liệu tại {path}. Tạo bằng lệnh: loyalty-pos admin init</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/lookup.py" />
            <source>There is no program “{name}”.</source>
            <translation>Không có chương trình “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>There is no {what} “{name}”.</source>
            <translation>Không có {what} “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>This shop is a file on this computer: there is nothing to send.</source>
            <translation>Cửa hàng này là một tệp trên máy tính này: không có gì để gửi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Till {till}</source>
            <translation>Quầy {till}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Total in money</source>
            <translation>Tổng quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Unexpected error: {error}. Details in {log}</source>
            <translation>Lỗi không mong muốn: {error}. Chi tiết trong {log}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) get no new stamps.</source>
            <translation>Thẻ chưa đủ dấu (tổng {stamps} dấu, do {n} người giữ) không được đóng thêm dấu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Updated to this version: {names}.</source>
            <translation>Đã cập nhật lên phiên bản này: {names}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Visit {id} recorded.</source>
            <translation>Đã ghi lượt ghé {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Visit {id} voided.</source>
            <translation>Đã hủy lượt ghé {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Visit {id} was already recorded; nothing new was written.</source>
            <translation>Lượt ghé {id} đã được ghi trước đó; không ghi thêm gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Visits the server refused (not sent again):</source>
            <translation>Các lượt ghé bị máy chủ từ chối (không gửi lại):</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Voided:</source>
            <translation>Đã vô hiệu hóa:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>While the server is away a member may spend up to {value} in credit and points per till (0: nothing). Tills learn it at their next sync.</source>
            <translation>Khi mất kết nối máy chủ, mỗi thành viên có thể tiêu tối đa {value} bằng tín dụng và điểm ở mỗi quầy (0: không được tiêu). Các quầy nhận mức này ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Without a money value (not in the total): {lines}</source>
            <translation>Không quy ra tiền (không tính vào tổng): {lines}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Written: {path} ({what}, rows: {rows}).</source>
            <translation>Đã ghi: {path} ({what}, {rows} dòng).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Written: {path} and {summary}.</source>
            <translation>Đã ghi: {path} và {summary}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>a blank card to give</source>
            <translation>thẻ trắng để cấp cho thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>a branch needs a name</source>
            <translation>chi nhánh cần có tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>a day's takings per cashier, to count the drawer</source>
            <translation>tiền thu trong ngày của từng thu ngân, để đếm két tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>a file name from 'backup list', or the path of a backup</source>
            <translation>tên tệp trong 'backup list', hoặc đường dẫn tới một bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>a member's card</source>
            <translation>thẻ của một thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>a multi-use code</source>
            <translation>mã dùng nhiều lần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a catalogue reward</source>
            <translation>thêm quà đổi điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>add a coupon offer</source>
            <translation>thêm ưu đãi phiếu giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a prepaid pass</source>
            <translation>thêm gói trả trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a punch card</source>
            <translation>thêm thẻ tích dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>add a staff member</source>
            <translation>thêm nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a tier</source>
            <translation>thêm hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add an item</source>
            <translation>thêm món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add cashback credit</source>
            <translation>thêm chương trình hoàn tiền vào ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add points</source>
            <translation>thêm chương trình tích điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>add, find and show members</source>
            <translation>thêm, tìm và xem thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>adjusted</source>
            <translation>điều chỉnh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>also write the new card (CR80) to a PDF</source>
            <translation>ghi thêm thẻ mới (CR80) ra PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>an amount cannot be negative</source>
            <translation>số tiền không được âm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>an item count is 1 or more</source>
            <translation>số lượng món phải từ 1 trở lên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>at most {n} a day</source>
            <translation>tối đa {n} mỗi ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>balance and history</source>
            <translation>số dư và lịch sử</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block a lost or misused card</source>
            <translation>khóa thẻ bị mất hoặc bị dùng sai</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block a membership (all its cards)</source>
            <translation>khóa tư cách thành viên (mọi thẻ của thành viên)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block or unblock one card</source>
            <translation>khóa hoặc mở khóa một thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>cached balances</source>
            <translation>số dư đã lưu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>cannot be read</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>cards completed: {n}</source>
            <translation>thẻ đủ dấu: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>cash or bank card for sales</source>
            <translation>tiền bán hàng (tiền mặt hoặc thẻ ngân hàng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>catalogue reward</source>
            <translation>quà đổi điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a catalogue reward (options of add-reward)</source>
            <translation>sửa quà đổi điểm (tùy chọn như add-reward)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a credit program (options of add-credit)</source>
            <translation>sửa chương trình hoàn ví (tùy chọn như add-credit)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a pass (options of add-pass)</source>
            <translation>sửa gói trả trước (tùy chọn như add-pass)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a points program (options of add-points)</source>
            <translation>sửa chương trình tích điểm (tùy chọn như add-points)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a promotion (options of add-promotion)</source>
            <translation>sửa khuyến mãi (tùy chọn như add-promotion)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a punch card (options of add-stamp-card)</source>
            <translation>sửa thẻ tích dấu (tùy chọn như add-stamp-card)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a scheme: points|credit|pass|reward|promotion|tier|item|card</source>
            <translation>sửa một chương trình: points|credit|pass|reward|promotion|tier|item|card</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a tier (options of add-tier)</source>
            <translation>sửa hạng (tùy chọn như add-tier)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change an item (options of add-item)</source>
            <translation>sửa món (tùy chọn như add-item)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>change one setting: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150), colours (standard, high_contrast), gift_card_owner_limit or void_owner_limit (minor units)</source>
            <translation>đổi một thiết lập: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150), colours (standard, high_contrast), gift_card_owner_limit hoặc void_owner_limit (đơn vị tiền nhỏ nhất)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>check out: earn and redeem</source>
            <translation>thanh toán: tích lũy và đổi thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>closing</source>
            <translation>cuối kỳ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>code {code}</source>
            <translation>mã {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>codes valid {n} days</source>
            <translation>mã có hạn {n} ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>copy this shop to an empty PostgreSQL database and verify the copy</source>
            <translation>sao chép cửa hàng này sang một cơ sở dữ liệu PostgreSQL trống và kiểm tra bản sao</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>correct a balance</source>
            <translation>điều chỉnh số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>count only the tills of this branch</source>
            <translation>chỉ tính các quầy của chi nhánh này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>count only this till</source>
            <translation>chỉ tính quầy này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>coupon offers and codes</source>
            <translation>ưu đãi phiếu giảm giá và mã</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>coupon {code}: {offer} (valid to {date})</source>
            <translation>phiếu giảm giá {code}: {offer} (hạn dùng: {date})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>create or migrate the database</source>
            <translation>tạo hoặc nâng cấp cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>credit program</source>
            <translation>chương trình hoàn ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>daily limit reached ({n} not given)</source>
            <translation>đã chạm giới hạn ngày ({n} chưa được cộng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>dashboard, whole history</source>
            <translation>bảng tổng quan, toàn bộ lịch sử</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>database file (default: $LOYALTY_POS_DB, else the data dir)</source>
            <translation>tệp cơ sở dữ liệu (mặc định: $LOYALTY_POS_DB, nếu không có thì thư mục dữ liệu)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>discounts given</source>
            <translation>giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>e-mail {email}</source>
            <translation>email {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>each issued code is valid N days, counting the day of issue</source>
            <translation>mỗi mã đã phát có hạn N ngày, tính cả ngày phát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>enroll a member</source>
            <translation>đăng ký thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>erase a member's personal data for good (visits and sums stay)</source>
            <translation>xóa vĩnh viễn dữ liệu cá nhân của hội viên (lượt ghé và tổng số vẫn giữ)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>every active member</source>
            <translation>mọi thành viên đang hoạt động</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>everything held about one member: JSON and a CSV summary</source>
            <translation>mọi dữ liệu về một hội viên: JSON và bản tóm tắt CSV</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>expired</source>
            <translation>hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>fill an empty database with the demo</source>
            <translation>điền dữ liệu mẫu vào cơ sở dữ liệu trống</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>free item</source>
            <translation>tặng món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>from {amount}</source>
            <translation>cho đơn từ {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>gift card balances</source>
            <translation>số dư thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>gift cards sold</source>
            <translation>thẻ quà tặng đã bán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>hash chain heads</source>
            <translation>đầu chuỗi băm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>import members from a CSV file: all rows or none</source>
            <translation>nhập thành viên từ tệp CSV: nhập tất cả các dòng hoặc không dòng nào</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>import the valid rows and leave out the broken ones</source>
            <translation>nhập các dòng hợp lệ, bỏ qua dòng lỗi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>in full</source>
            <translation>toàn bộ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>in money</source>
            <translation>quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>in part</source>
            <translation>một phần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>integrity and ledger check</source>
            <translation>kiểm tra tính toàn vẹn và sổ cái</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issue N codes</source>
            <translation>phát N mã</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issue a single-use code</source>
            <translation>phát một mã dùng một lần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>issued</source>
            <translation>đã phát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issued after a visit of {amount}</source>
            <translation>phát sau lượt ghé từ {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issued in the birthday month</source>
            <translation>phát trong tháng sinh nhật</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>item</source>
            <translation>món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>its name, or its id</source>
            <translation>tên hoặc id</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>last day, inclusive</source>
            <translation>ngày cuối, tính cả ngày đó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>ledger sums</source>
            <translation>tổng sổ cái</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>let a blocked card work again</source>
            <translation>cho thẻ bị khóa dùng lại được</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>let a person locked out by wrong PINs in</source>
            <translation>mở khóa cho nhân viên bị khóa vì nhập sai mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>lift a membership's block</source>
            <translation>mở khóa tư cách thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>line {n}</source>
            <translation>dòng {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>list the coupon offers</source>
            <translation>liệt kê ưu đãi phiếu giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>list the members with an amount of their own</source>
            <translation>liệt kê các thành viên có hạn mức ngoại tuyến riêng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>list the programs</source>
            <translation>liệt kê chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>list the staff</source>
            <translation>liệt kê nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>list, take and restore backups</source>
            <translation>liệt kê, tạo và khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>member search rows</source>
            <translation>dòng tìm kiếm thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>members who consented on a channel, to CSV for a mail or SMS tool</source>
            <translation>hội viên đã đồng ý trên một kênh, xuất CSV cho công cụ thư hoặc SMS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>members with many visits today</source>
            <translation>thành viên ghé nhiều lần hôm nay</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>merge a duplicate member (OTHER) into the member kept (KEEP)</source>
            <translation>gộp hội viên trùng (OTHER) vào hội viên được giữ (KEEP)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>minor units (fixed) or percent (percent); none for free-item</source>
            <translation>đơn vị tiền nhỏ nhất (fixed) hoặc phần trăm (percent); bỏ trống với free-item</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>multiply points</source>
            <translation>nhân điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>name who brought a member</source>
            <translation>ghi người giới thiệu thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>never</source>
            <translation>không bao giờ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>new card</source>
            <translation>thẻ mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>no card</source>
            <translation>không có thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>no end date</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>not a server address (postgresql://user@host/database)</source>
            <translation>không phải địa chỉ máy chủ (postgresql://người_dùng@máy/cơ_sở_dữ_liệu)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>nothing new from it; members keep what they hold</source>
            <translation>ngừng cộng mới; thành viên giữ những gì đang có</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>on again</source>
            <translation>bật lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>one member (card code or member number) instead of the default</source>
            <translation>một thành viên (mã thẻ hoặc số thành viên) thay cho mức mặc định</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>one member, with balances</source>
            <translation>một thành viên, kèm số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>only what they did</source>
            <translation>chỉ thao tác của người này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>opening</source>
            <translation>đầu kỳ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with gift cards</source>
            <translation>trả bằng thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with points</source>
            <translation>trả bằng điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with store credit</source>
            <translation>trả bằng tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>pass</source>
            <translation>gói trả trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>pass uses</source>
            <translation>lượt gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>phone {phone}</source>
            <translation>điện thoại {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>points program</source>
            <translation>chương trình tích điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>print gift cards to a PDF</source>
            <translation>in thẻ quà tặng ra PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>print one JSON document on stdout</source>
            <translation>in một tài liệu JSON ra stdout</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>print them as cards to this PDF</source>
            <translation>in thành thẻ vào tệp PDF này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>promotion</source>
            <translation>khuyến mãi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>punch card</source>
            <translation>thẻ tích dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>punch cards and schemes: add, update, switch, list</source>
            <translation>thẻ tích dấu và chương trình: thêm, sửa, bật/tắt, liệt kê</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>recent visits:</source>
            <translation>lượt ghé gần đây:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>record a member's answer on one channel (a new row in the register)</source>
            <translation>ghi câu trả lời của hội viên trên một kênh (một dòng mới trong sổ)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>redeemed</source>
            <translation>đã dùng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>redeemed {n}</source>
            <translation>đã đổi {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>refund a visit</source>
            <translation>hoàn tiền lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>refunded</source>
            <translation>hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded as store credit</source>
            <translation>hoàn vào ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded in cash</source>
            <translation>hoàn bằng tiền mặt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded to gift cards</source>
            <translation>hoàn vào thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunds</source>
            <translation>lượt hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>replace a lost card: a new number, balances kept</source>
            <translation>thay thẻ bị mất: số thẻ mới, giữ nguyên số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>replace the data with a backup's (the current data is saved first)</source>
            <translation>thay dữ liệu bằng dữ liệu của bản sao lưu (dữ liệu hiện tại được lưu trước)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>reserve N new blank cards</source>
            <translation>dành sẵn N thẻ trắng mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>rewards ready</source>
            <translation>phần thưởng sẵn sàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>rewards redeemed</source>
            <translation>thưởng đã đổi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>rewards redeemed: {n}</source>
            <translation>phần thưởng đã đổi: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>rows in {table}</source>
            <translation>số dòng trong {table}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>rung up</source>
            <translation>tổng tiền hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>sales</source>
            <translation>doanh thu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>same</source>
            <translation>khớp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>save a copy of the data in another folder (a USB stick)</source>
            <translation>lưu bản sao dữ liệu vào thư mục khác (USB)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>search by name, phone or card</source>
            <translation>tìm theo tên, SĐT hoặc thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>sell a new gift card</source>
            <translation>bán thẻ quà tặng mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>sell and look up gift cards</source>
            <translation>bán và tra cứu thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>send the visits queued while the server was away; refresh the copy</source>
            <translation>gửi các lượt ghé đã xếp hàng khi mất kết nối máy chủ; làm mới bản sao</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>set a new PIN for a person</source>
            <translation>đặt mã PIN mới cho một nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>show or set what a member may spend while the server is away</source>
            <translation>xem hoặc đặt mức thành viên được tiêu khi mất kết nối máy chủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>show the settings</source>
            <translation>xem cài đặt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>show what would be imported and every broken row; write nothing</source>
            <translation>xem những gì sẽ được nhập và mọi dòng lỗi; không ghi gì</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>spends taken offline that the server then refused (this till)</source>
            <translation>các khoản tiêu khi ngoại tuyến mà máy chủ sau đó từ chối (quầy này)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>stacking and referral</source>
            <translation>cộng dồn giảm giá và giới thiệu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>staff members and PINs</source>
            <translation>nhân viên và mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>stamps</source>
            <translation>dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>stamps expire after {n} days</source>
            <translation>dấu hết hạn sau {n} ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>stamps given</source>
            <translation>dấu đã đóng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>start a new shop where one was lost (the file found there is kept aside)</source>
            <translation>tạo cửa hàng mới ở nơi cửa hàng cũ bị mất (tệp tìm thấy ở đó được cất riêng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>store a 0-10 score for a visit</source>
            <translation>lưu điểm đánh giá 0-10 cho một lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>store credit</source>
            <translation>tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>switch a gift card off</source>
            <translation>vô hiệu hóa thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>switch a scheme off or on again</source>
            <translation>tắt hoặc bật lại một chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>switched off</source>
            <translation>đã tắt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>take a backup now</source>
            <translation>sao lưu ngay</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>the answer for e-mail and SMS (per channel: members consent)</source>
            <translation>câu trả lời cho e-mail và SMS (theo từng kênh: members consent)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>the backups, newest first</source>
            <translation>các bản sao lưu, mới nhất trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>the branch the file's till belongs to (default: main)</source>
            <translation>chi nhánh của quầy dùng tệp này (mặc định: main)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>the consent register</source>
            <translation>sổ ghi nhận đồng ý</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>the dashboard's figures for a period</source>
            <translation>số liệu tổng quan của một kỳ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>the local day (default: today)</source>
            <translation>ngày theo giờ địa phương (mặc định: hôm nay)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>the member's card</source>
            <translation>thẻ của thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>the shop's settings</source>
            <translation>cài đặt của cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>the weekday is 0 (Monday) to 6 (Sunday)</source>
            <translation>thứ trong tuần từ 0 (Thứ Hai) đến 6 (Chủ Nhật)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>tier</source>
            <translation>hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>tier: {tier}</source>
            <translation>hạng: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>to collect (cash and bank card)</source>
            <translation>cần thu (tiền mặt và thẻ ngân hàng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>total</source>
            <translation>tổng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>undo a visit</source>
            <translation>hủy một lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>visits</source>
            <translation>lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>visits, refunds, ledger rows without a till</source>
            <translation>dòng lượt mua, hoàn tiền, sổ cái không có quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>visits: {count}, last: {last}</source>
            <translation>lượt ghé: {count}, gần nhất: {last}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>what the shop owes its customers: balances and how they moved</source>
            <translation>giá trị cửa hàng còn nợ khách: số dư và biến động</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>who did what, when: the audit trail</source>
            <translation>ai làm gì, khi nào: nhật ký thao tác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>with --member: back to the shop's default</source>
            <translation>đi cùng --member: trở về mức mặc định của cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>write --item NAME=N</source>
            <translation>viết --item NAME=N</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>write every consent event to CSV</source>
            <translation>ghi mọi sự kiện đồng ý ra CSV</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>write member cards or blank numbered cards to a PDF</source>
            <translation>ghi thẻ thành viên hoặc thẻ trắng đánh số sẵn ra PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>write members, visits or the ledger to CSV</source>
            <translation>ghi thành viên, lượt ghé hoặc sổ cái ra CSV</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{amount} off</source>
            <translation>giảm {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>{broken} of {rows} rows cannot be imported; line {line}: {reason} Nothing was imported. --dry-run lists every broken row; --skip-broken imports the others.</source>
            <translation>{broken}/{rows} dòng không nhập được; dòng {line}: {reason} Chưa nhập gì. --dry-run liệt kê mọi dòng lỗi; --skip-broken nhập các dòng còn lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{cards} cards, {total} left</source>
            <translation>{cards} thẻ, còn {total}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{chains} chains, {links} links</source>
            <translation>{chains} chuỗi, {links} mắt xích</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>{count} cards written to {path} ({pages} pages, {layout}).</source>
            <translation>Đã ghi {count} thẻ vào {path} ({pages} trang, {layout}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{count} coupons issued: {offer}</source>
            <translation>Đã phát {count} phiếu giảm giá: {offer}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{count} gift cards printed to {path}.</source>
            <translation>Đã in {count} thẻ quà tặng ra {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>{file}: {encoding}, separator “{sep}”. Rows: {rows}; to import: {valid}; broken: {broken}.</source>
            <translation>{file}: {encoding}, dấu phân cách “{sep}”. Số dòng: {rows}; sẽ nhập: {valid}; lỗi: {broken}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{id}  {name}: {needed} stamps for {reward}</source>
            <translation>{id}  {name}: {needed} dấu đổi {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>{key} is now {value}.</source>
            <translation>{key} giờ là {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>{members} members, {visits} visits</source>
            <translation>{members} thành viên, {visits} lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{name}  card {card}  (member {id})</source>
            <translation>{name}  thẻ {card}  (thành viên {id})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>{name} (#{id}, card {card}) may spend up to {value} offline: the shop's default.</source>
            <translation>{name} (#{id}, thẻ {card}) được tiêu tối đa {value} khi ngoại tuyến: mức mặc định của cửa hàng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>{name} (#{id}, card {card}) may spend up to {value} offline: their own amount (the shop's default is {default}).</source>
            <translation>{name} (#{id}, thẻ {card}) được tiêu tối đa {value} khi ngoại tuyến: hạn mức riêng (mức mặc định của cửa hàng là {default}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>{name} ({card}): {balances} — possibly out of date (last synced {synced})</source>
            <translation>{name} ({card}): {balances} — có thể đã cũ (đồng bộ lần cuối {synced})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Add --allow-duplicate to enroll anyway.</source>
            <translation>{name} đã dùng số điện thoại hoặc email này (thẻ {card}). Thêm --allow-duplicate để vẫn đăng ký.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>{name} can type their PIN again.</source>
            <translation>{name} có thể nhập lại mã PIN.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>{name} was brought by {referrer}.</source>
            <translation>{name} do {referrer} giới thiệu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} pass uses</source>
            <translation>{n} lượt gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{n} per member</source>
            <translation>{n} mỗi thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} points</source>
            <translation>{n} điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} stamps</source>
            <translation>{n} dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} stamps per item</source>
            <translation>{n} dấu mỗi món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>{path} is ready.</source>
            <translation>{path} đã sẵn sàng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{percent}% off</source>
            <translation>giảm {percent}%</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {amount} credit</source>
            <translation>{program}: {amount} tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {n} pass uses left</source>
            <translation>{program}: còn {n} lượt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {n} points</source>
            <translation>{program}: {n} điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {stamps} of {needed} stamps</source>
            <translation>{program}: {stamps}/{needed} dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>{request} — {name} ({card}): credit {credit}, points {points} (worth {value}); queued {queued}, refused {refused}: {error}</source>
            <translation>{request} — {name} ({card}): tín dụng {credit}, điểm {points} (trị giá {value}); xếp hàng lúc {queued}, bị từ chối lúc {refused}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{rows} rows, {accounts} accounts</source>
            <translation>{rows} dòng, {accounts} tài khoản</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{visits} visits, {sales} sales</source>
            <translation>{visits} lượt mua, doanh thu {sales}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>“{name}” is not in this till's copy of the shop's programs and items; the shop's server cannot be reached to look it up.</source>
            <translation>“{name}” không có trong bản sao chương trình và mặt hàng của quầy này; không kết nối được máy chủ của cửa hàng để tra cứu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a date (use YYYY-MM-DD)</source>
            <translation>“{value}” không phải ngày (dùng YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a time YYYY-MM-DDTHH:MM</source>
            <translation>“{value}” không phải thời điểm dạng YYYY-MM-DDTHH:MM</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a whole number</source>
            <translation>“{value}” không phải số nguyên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a whole number of minor units</source>
            <translation>“{value}” không phải số nguyên theo đơn vị tiền nhỏ nhất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not valid text (bytes that are not UTF-8)</source>
            <translation>“{value}” không phải văn bản hợp lệ (có byte không phải UTF-8)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is outside {first} to {last}</source>
            <translation>“{value}” nằm ngoài khoảng {first} đến {last}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is too large (at most {max})</source>
            <translation>“{value}” quá lớn (tối đa {max})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is too small (at least {min})</source>
            <translation>“{value}” quá nhỏ (tối thiểu {min})</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency or card_prefix</source>
            <translation type="vanished">đổi một cài đặt: shop_name, currency hoặc card_prefix</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150) or colours (standard, high_contrast)</source>
            <translation type="vanished">đổi một thiết lập: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150) hoặc colours (standard, high_contrast)</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency, card_prefix, text_size (100, 125, 150) or colours (standard, high_contrast)</source>
            <translation type="vanished">đổi một thiết lập: shop_name, currency, card_prefix, text_size (100, 125, 150) hoặc colours (standard, high_contrast)</translation>
        </message>
        <message>
            <source>credit</source>
            <translation type="vanished">hoàn ví</translation>
        </message>
        <message>
            <source>reward</source>
            <translation type="vanished">phần thưởng</translation>
        </message>
        <message>
            <source>“{value}” is not a percentage</source>
            <translation type="vanished">“{value}” không phải số phần trăm</translation>
        </message>
    </context>
    <context>
        <name>ComfortActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>&amp;View</source>
            <translation>&amp;Hiển thị</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Large</source>
            <translation>Lớn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Larger text</source>
            <translation>Chữ to hơn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Largest</source>
            <translation>Lớn nhất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Normal</source>
            <translation>Bình thường</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Normal text size</source>
            <translation>Cỡ chữ bình thường</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Smaller text</source>
            <translation>Chữ nhỏ hơn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %), as large as it goes.</source>
            <translation>Cỡ chữ: {name} ({size}%), đã to nhất.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %).</source>
            <translation>Cỡ chữ: {name} ({size}%).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %). Ctrl+Plus larger, Ctrl+Minus smaller.</source>
            <translation>Cỡ chữ: {name} ({size}%). Ctrl+Plus: to hơn, Ctrl+Minus: nhỏ hơn.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRestoreDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Yes, restore (Ctrl+Enter)</source>
            <translation>Khôi phục (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>CounterRefresh</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_refresh.py" />
            <source>Offline: the shop's server cannot be reached. This visit is queued ({n} waiting) and its stamps and points are added when the server is back.</source>
            <translation>Ngoại tuyến: không kết nối được máy chủ của cửa hàng. Lượt ghé này đã được xếp hàng ({n} đang chờ), tem và điểm sẽ được cộng khi máy chủ hoạt động lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_refresh.py" />
            <source>The shop's server is back: {n} queued visits sent.</source>
            <translation>Máy chủ của cửa hàng đã hoạt động lại: đã gửi {n} lượt ghé đang chờ.</translation>
        </message>
    </context>
    <context>
        <name>CouponOffersDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> (off)</source>
            <translation> (đã tắt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> days</source>
            <translation> ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Given out</source>
            <translation>&amp;Phát phiếu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Loại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Maximum discount</source>
            <translation>Giảm tối đ&amp;a</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Value</source>
            <translation>&amp;Giá trị</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, birthday</source>
            <translation>, sinh nhật</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, code {code}</source>
            <translation>, mã {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, next visit</source>
            <translation>, lần ghé sau</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Active (accepted at the counter)</source>
            <translation>Đang áp dụng (quầy nhận phiếu)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>After a visit charging at least…</source>
            <translation>Sau lượt ghé thu từ…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Coupon offers</source>
            <translation>Ưu đãi phiếu giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Each code valid &amp;for</source>
            <translation>Mỗi mã có &amp;hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Edit “{name}”</source>
            <translation>Sửa “{name}”</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Fixed discount</source>
            <translation>Giảm số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Free item</source>
            <translation>Tặng món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>In the member's birthday month</source>
            <translation>Trong tháng sinh nhật thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Issue a code (Ctrl+I)</source>
            <translation>Phát một mã (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Minimum &amp;spend</source>
            <translation>&amp;Chi tiêu tối thiểu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New code: {code}</source>
            <translation>Mã mới: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New coupon offer</source>
            <translation>Ưu đãi phiếu giảm giá mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New offer (Ctrl+N)</source>
            <translation>Ưu đãi mới (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New single-use codes of “{name}”</source>
            <translation>Mã dùng một lần mới của “{name}”</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Only by hand</source>
            <translation>Chỉ phát thủ công</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Percent discount</source>
            <translation>Giảm theo %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print codes… (Ctrl+P)</source>
            <translation>In mã… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print coupons</source>
            <translation>In phiếu giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lưu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Shared &amp;code</source>
            <translation>Mã &amp;dùng chung</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Uses &amp;per member</source>
            <translation>Số lượt mỗi thành &amp;viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;from</source>
            <translation>Hiệu lực từ &amp;ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;until</source>
            <translation>Hiệu lực đến ngà&amp;y</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Visit charging at &amp;least</source>
            <translation>Tặng &amp;khi lượt ghé thu từ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>YYYY-MM-DD (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>e.g. 10 % off in spring</source>
            <translation>vd. Giảm 10 % mùa xuân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>free item</source>
            <translation>tặng món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no limit</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no maximum</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>optional, e.g. SPRING-10 (anyone may type it)</source>
            <translation>không bắt buộc, vd. XUAN-10 (ai cũng nhập được)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>the offer's dates</source>
            <translation>theo thời hạn ưu đãi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{amount} off</source>
            <translation>giảm {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{name}: {what}</source>
            <translation>{name}: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{percent} % off</source>
            <translation>giảm {percent} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation>“{text}” không phải ngày (dùng YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="vanished">Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
    </context>
    <context>
        <name>CustomerEnrolDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card {code} is already {name}'s card: scan a blank card.</source>
            <translation>Thẻ {code} đã là thẻ của {name}: hãy quét một thẻ trống.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card {code} will be the new member's card.</source>
            <translation>Thẻ {code} sẽ là thẻ của thành viên mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card: a new number (or scan a blank card)</source>
            <translation>Thẻ: số mới (hoặc quét một thẻ trống)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card: {code}</source>
            <translation>Thẻ: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>E-mail: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrol (Enter)</source>
            <translation>Đăng ký (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrol anyway (Enter)</source>
            <translation>Vẫn đăng ký (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrolment on the customer screen</source>
            <translation>Đăng ký trên màn hình khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Name: {name}</source>
            <translation>Tên: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Phone: {phone}</source>
            <translation>Điện thoại: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>The customer has finished: check and press Enter.</source>
            <translation>Khách hàng đã nhập xong: hãy kiểm tra rồi nhấn Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>The customer types their details on the customer screen. Check them, then Enter to enrol.</source>
            <translation>Khách hàng nhập thông tin trên màn hình khách hàng. Hãy kiểm tra, rồi nhấn Enter để đăng ký.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Type it here instead (F3)</source>
            <translation>Nhập tại quầy (F3)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>yes</source>
            <translation>có</translation>
        </message>
    </context>
    <context>
        <name>CustomerFollow</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_customer.py" />
            <source>The customer answered {score} (visit {id}).</source>
            <translation>Khách hàng đã trả lời {score} (lượt {id}).</translation>
        </message>
    </context>
    <context>
        <name>CustomerScreen</name>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>0 = not at all</source>
            <translation>0 = hoàn toàn không</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>10 = certainly</source>
            <translation>10 = chắc chắn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Also bought</source>
            <translation>Mua thêm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Amount</source>
            <translation>Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Coupon: {name}</source>
            <translation>Phiếu giảm giá: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Hello, {name}!</source>
            <translation>Xin chào, {name}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation>Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè không?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Join our loyalty programme</source>
            <translation>Tham gia chương trình khách hàng thân thiết</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>May we send you offers? Tap each way you agree to.</source>
            <translation>Chúng tôi có thể gửi ưu đãi cho bạn không? Chạm vào từng cách bạn đồng ý.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/keyboard.py" />
            <source>Next</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by e-mail</source>
            <translation>Ưu đãi qua e-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by post</source>
            <translation>Ưu đãi qua bưu điện</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by text message</source>
            <translation>Ưu đãi qua tin nhắn SMS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Paid with gift card</source>
            <translation>Trả bằng thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Paid with store credit</source>
            <translation>Trả bằng tín dụng cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Ready: {reward}</source>
            <translation>Sẵn sàng: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Ready: {reward} ×{n}</source>
            <translation>Sẵn sàng: {reward} ×{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Scan at the counter.</source>
            <translation>Vui lòng quét tại quầy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/keyboard.py" />
            <source>Space</source>
            <translation>Dấu cách</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Store credit</source>
            <translation>Tín dụng cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Thank you for your answer!</source>
            <translation>Cảm ơn bạn đã trả lời!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Thank you!</source>
            <translation>Cảm ơn bạn!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Thank you, {name}!</source>
            <translation>Cảm ơn {name}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>This visit earns: {what}</source>
            <translation>Lần mua này được: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Tier: {tier}</source>
            <translation>Hạng: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>To pay</source>
            <translation>Cần trả</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Used now: {what}</source>
            <translation>Đã dùng: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Welcome</source>
            <translation>Chào mừng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Welcome!</source>
            <translation>Chào mừng quý khách!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Your name</source>
            <translation>Tên của bạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{n} left</source>
            <translation>còn {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{program} +{n}</source>
            <translation>{program} +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{stamps} of {needed}</source>
            <translation>{stamps} / {needed}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>20 % off</source>
            <translation>Giảm 20%</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>500 Ft off</source>
            <translation>Giảm 500 Ft</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Bean points</source>
            <translation>Điểm hạt cà phê</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Best flat white in town!</source>
            <translation>Flat white ngon nhất thành phố!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Birthday treat</source>
            <translation>Quà sinh nhật</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Cinnamon bun</source>
            <translation>Bánh quế cuộn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Coffee card</source>
            <translation>Thẻ cà phê</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Could you add oat milk?</source>
            <translation>Quán có thể thêm sữa yến mạch không?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Croissant</source>
            <translation>Bánh sừng bò</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Customer cancelled the order</source>
            <translation>Khách hủy đơn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Entered 3 coffees instead of 1</source>
            <translation>Nhập nhầm 3 ly thay vì 1</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Free coffee</source>
            <translation>Cà phê miễn phí</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Free croissant</source>
            <translation>Bánh sừng bò miễn phí</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Gold</source>
            <translation>Vàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Kürtőskalács</source>
            <translation>Kürtőskalács</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Lovely croissants, friendly staff.</source>
            <translation>Bánh sừng bò ngon, nhân viên thân thiện.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Music a bit loud.</source>
            <translation>Nhạc hơi to.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Pastry card</source>
            <translation>Thẻ bánh ngọt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The queue was long this morning.</source>
            <translation>Sáng nay phải xếp hàng lâu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Welcome back</source>
            <translation>Chào mừng quay lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Wrong member scanned</source>
            <translation>Quét nhầm thẻ thành viên</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Birthday</source>
            <translation>&amp;Ngày sinh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Card</source>
            <translation>&amp;Số thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;E-mail</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Name *</source>
            <translation>&amp;Họ tên *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Phone</source>
            <translation>Điện &amp;thoại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Referred by
(card or phone)</source>
            <translation>Người &amp;giới thiệu
(thẻ hoặc SĐT)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;SMS</source>
            <translation>S&amp;MS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>+36 30 123 4567</source>
            <translation>+84 90 123 4567</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A scan can't change a member's card here: nothing was changed.</source>
            <translation>Ở đây không đổi thẻ thành viên bằng mã quét được: không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Agrees to offers by
(tick only on a yes)</source>
            <translation>Đồng ý nhận ưu đãi qua
(chỉ đánh dấu khi đồng ý)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Card {code} is already {name}'s card: scan a blank card.</source>
            <translation>Thẻ {code} đã là thẻ của {name}: hãy quét một thẻ trắng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Card {code} will be the new member's card.</source>
            <translation>Thẻ {code} sẽ là thẻ của thành viên mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>E-mai&amp;l</source>
            <translation>Emai&amp;l</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Edit {name}</source>
            <translation>Sửa {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Empty: new number. Or scan a printed card.</source>
            <translation>Để trống: cấp số mới. Hoặc quét thẻ đã in.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll &amp;anyway</source>
            <translation>&amp;Vẫn đăng ký</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll (Ctrl+Enter)</source>
            <translation>Đăng ký (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll a new member</source>
            <translation>Đăng ký thành viên mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>No&amp;tes</source>
            <translation>Gh&amp;i chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Open {name} (Enter)</source>
            <translation>Mở {name} (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Optional: the card or phone of who brought them</source>
            <translation>Không bắt buộc: thẻ hoặc SĐT của người giới thiệu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>P&amp;ost</source>
            <translation>&amp;Bưu điện</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by</source>
            <translation>Người giới thiệu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}.</source>
            <translation>Người giới thiệu: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}: both get the bonus at the first paid visit.</source>
            <translation>Người giới thiệu: {name}. Cả hai được thưởng ở lượt ghé trả tiền đầu tiên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Lưu (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>YYYY-MM-DD (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>name@example.com</source>
            <translation>ten@example.com</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="vanished">&amp;Có</translation>
        </message>
        <message>
            <source>Ask whether they want offers: choose Yes or No.</source>
            <translation type="vanished">Hỏi khách có muốn nhận ưu đãi không: chọn Có hoặc Không.</translation>
        </message>
        <message>
            <source>N&amp;o</source>
            <translation type="vanished">&amp;Không</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation type="vanished">Mở {name}</translation>
        </message>
        <message>
            <source>Wants offers by
phone / e-mail? *</source>
            <translation type="vanished">Nhận ưu đãi qua
điện thoại / email? *</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;PIN of {owner}</source>
            <translation>&amp;PIN của {owner}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Reason (no personal data)</source>
            <translation>&amp;Lý do (không ghi dữ liệu cá nhân)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase a member</source>
            <translation>Xóa hội viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase for good</source>
            <translation>Xóa vĩnh viễn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase {name} (member #{id}, card {card}) for good? Their name, phone, e-mail, birthday, notes and feedback comments are removed and cannot be brought back. Visits and balances stay, as “Erased member #{id}”.</source>
            <translation>Xóa vĩnh viễn {name} (hội viên #{id}, thẻ {card})? Tên, số điện thoại, email, ngày sinh, ghi chú và nhận xét phản hồi sẽ bị xóa và không thể khôi phục. Lượt ghé và số dư vẫn giữ, dưới tên “Hội viên đã xóa #{id}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>e.g. asked at the counter on 10 March</source>
            <translation>ví dụ: yêu cầu tại quầy ngày 10 tháng 3</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>A PIN is {min} to {max} digits.</source>
            <translation>Mã PIN gồm {min} đến {max} chữ số.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A bonus cannot be negative.</source>
            <translation>Tiền thưởng không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>A card number has 13 digits; “{code}” has {count}. Check the number.</source>
            <translation>Số thẻ có 13 chữ số; “{code}” có {count}. Kiểm tra lại số thẻ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>A code of this shop has 13 digits; “{code}” is not one. Check it.</source>
            <translation>Mã của cửa hàng có 13 chữ số; “{code}” không phải mã của cửa hàng. Kiểm tra lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A comment has at most {max} characters.</source>
            <translation>Góp ý dài tối đa {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is issued on a birthday or after a visit.</source>
            <translation>Phiếu giảm giá được phát vào dịp sinh nhật hoặc sau lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is valid for 1 to {max} days.</source>
            <translation>Phiếu giảm giá có hạn từ 1 đến {max} ngày.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>A coupon offer called “{name}” already exists.</source>
            <translation>Đã có ưu đãi phiếu giảm giá tên “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon the shop issues by itself cannot also have a shared code.</source>
            <translation>Phiếu giảm giá do cửa hàng tự động phát không thể có thêm mã dùng chung.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A daily limit must be more than zero.</source>
            <translation>Giới hạn mỗi ngày phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A fixed discount must be more than zero.</source>
            <translation>Mức giảm số tiền phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A free-item coupon has no value; leave it 0.</source>
            <translation>Phiếu tặng món không có giá trị; để 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>A gift card is worth more than zero and at most {max}.</source>
            <translation>Thẻ quà tặng phải có giá trị lớn hơn 0 và tối đa {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>A gift card must expire after today ({date}).</source>
            <translation>Thẻ quà tặng phải hết hạn sau hôm nay ({date}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>A gift card worth {amount} needs the owner's approval (above {limit}). Nothing was sold.</source>
            <translation>Thẻ quà tặng trị giá {amount} cần chủ cửa hàng duyệt (vượt {limit}). Chưa bán gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A maximum discount must be more than zero.</source>
            <translation>Mức giảm tối đa phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/merge.py" />
            <source>A member cannot be merged with themselves.</source>
            <translation>Không thể gộp một hội viên với chính họ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A member cannot refer themselves.</source>
            <translation>Thành viên không thể tự giới thiệu chính mình.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/contact_lists.py" />
            <source>A month is 1 to 12.</source>
            <translation>Tháng là số từ 1 đến 12.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A pass has between 1 and 1000 uses.</source>
            <translation>Gói trả trước có từ 1 đến 1000 lượt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A percent discount is between 1 and 100.</source>
            <translation>Mức giảm theo % phải từ 1 đến 100.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>A phone number has 7 to 15 digits; “{phone}” has {n}.</source>
            <translation>Số điện thoại có 7 đến 15 chữ số; “{phone}” có {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A point's value must be more than zero.</source>
            <translation>Giá trị mỗi điểm phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A price cannot be negative.</source>
            <translation>Giá không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A program appears twice in the visit.</source>
            <translation>Một chương trình xuất hiện hai lần trong lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A program called “{name}” already exists.</source>
            <translation>Đã có chương trình tên “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A promotion multiplies points by more than 1 and up to 10.</source>
            <translation>Khuyến mãi nhân điểm với hệ số lớn hơn 1 và tối đa 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>A referrer can only be named before the first paid visit.</source>
            <translation>Chỉ ghi được người giới thiệu trước lượt ghé trả tiền đầu tiên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>A refund cannot be negative.</source>
            <translation>Số tiền hoàn không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>A report covers at most {days} days.</source>
            <translation>Báo cáo chỉ gồm tối đa {days} ngày.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A request id has 1 to {max} characters.</source>
            <translation>Mã yêu cầu dài từ 1 đến {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A reward called “{name}” already exists.</source>
            <translation>Đã có phần thưởng tên “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A reward costs at least one point.</source>
            <translation>Phần thưởng phải tốn ít nhất 1 điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A role is one of: {roles}.</source>
            <translation>Vai trò phải là một trong: {roles}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A score is a whole number from 0 to 10, not {score}.</source>
            <translation>Điểm đánh giá là số nguyên từ 0 đến 10, không phải {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A spend to earn the coupon needs the next-visit trigger.</source>
            <translation>Mức chi để nhận phiếu chỉ dùng với cách phát “sau lượt ghé”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A staff name has 1 to {max} characters.</source>
            <translation>Tên nhân viên dài từ 1 đến {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A tier called “{name}” already exists.</source>
            <translation>Đã có hạng tên “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier discount is between 0 and 100 %.</source>
            <translation>Mức giảm giá của hạng từ 0 đến 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier multiplies points by 1 to 10.</source>
            <translation>Hạng nhân điểm với hệ số từ 1 đến 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier needs a minimum spend, a number of visits or a membership fee.</source>
            <translation>Hạng cần có chi tiêu tối thiểu, số lượt ghé hoặc phí hội viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier's rank is 1 or more.</source>
            <translation>Bậc của hạng phải từ 1 trở lên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>A till name has 1 to 20 letters, digits or _ (it goes into backup file names), not “{value}”.</source>
            <translation>Tên quầy gồm 1 đến 20 chữ cái, chữ số hoặc dấu _ (tên này nằm trong tên tệp sao lưu), không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>A wording version has 1 to 40 characters.</source>
            <translation>Phiên bản nội dung có từ 1 đến 40 ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Amounts and counts cannot be negative.</source>
            <translation>Số tiền và số lượng không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>An amount cannot be negative.</source>
            <translation>Số tiền không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>An imported visit cannot be in the future.</source>
            <translation>Lượt ghé được nhập không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>An item called “{name}” already exists.</source>
            <translation>Đã có món tên “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Another tier already has rank {rank}.</source>
            <translation>Một hạng khác đã có bậc {rank}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>At most {left} of this visit can still be refunded.</source>
            <translation>Lượt ghé này chỉ còn hoàn được tối đa {left}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>At most {limit} discount reward(s) per visit.</source>
            <translation>Tối đa {limit} phần thưởng giảm giá mỗi lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>At most {max} items in one visit.</source>
            <translation>Tối đa {max} món trong một lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Cannot read {path}: {error}</source>
            <translation>Không đọc được {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <location filename="../../loyalty_pos/services/member_export.py" />
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Card {code} already belongs to {name}.</source>
            <translation>Thẻ {code} đã thuộc về {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} does not belong to a member yet. Press F3 to enroll.</source>
            <translation>Thẻ {code} chưa thuộc thành viên nào. Nhấn F3 để đăng ký.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is a blank card: press F3 to enroll a new member with it.</source>
            <translation>Thẻ {code} là thẻ trắng: nhấn F3 để đăng ký thành viên mới bằng thẻ này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is already in use.</source>
            <translation>Thẻ {code} đã được sử dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is blocked.</source>
            <translation>Thẻ {code} đã bị khóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>Card {code} is not in this till's copy of the member list, and the shop's server cannot be reached to look it up.</source>
            <translation>Thẻ {code} không có trong bản sao danh sách thành viên của quầy này, và không kết nối được máy chủ của cửa hàng để tra cứu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Card {code} was already replaced by card {new}.</source>
            <translation>Thẻ {code} đã được thay bằng thẻ {new}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced and stays retired.</source>
            <translation>Thẻ {code} đã được thay và không dùng lại được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced by card {new}. Ask for the new card.</source>
            <translation>Thẻ {code} đã được thay bằng thẻ {new}. Hãy hỏi khách thẻ mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code}: this card was erased at its member's request.</source>
            <translation>Thẻ {code}: thẻ này đã bị xóa theo yêu cầu của hội viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Catalogue rewards belong to a points program.</source>
            <translation>Quà đổi điểm phải thuộc một chương trình tích điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Choose a language: {languages}.</source>
            <translation>Chọn ngôn ngữ: {languages}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>Could not save a copy in {folder}: {error}</source>
            <translation>Không lưu được bản sao vào {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Counts cannot be negative.</source>
            <translation>Số lượng không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} belongs to a member: open the member's card first.</source>
            <translation>Phiếu giảm giá {code} thuộc về một thành viên: hãy mở thẻ của thành viên đó trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} expired on {date}.</source>
            <translation>Phiếu giảm giá {code} đã hết hạn ngày {date}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} is valid only from {date}.</source>
            <translation>Phiếu giảm giá {code} chỉ dùng được từ ngày {date}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Coupon {code} was already used.</source>
            <translation>Phiếu giảm giá {code} đã được sử dụng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} was issued to another member.</source>
            <translation>Phiếu giảm giá {code} đã phát cho thành viên khác.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Coupons are not set up in this shop.</source>
            <translation>Cửa hàng chưa thiết lập phiếu giảm giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Discounts per visit is 0 (no limit) to {max}.</source>
            <translation>Số giảm giá mỗi lượt ghé từ 0 (không giới hạn) đến {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Enter a correction other than zero.</source>
            <translation>Nhập mức điều chỉnh khác 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>Enter a multiplier, e.g. {example}.</source>
            <translation>Nhập hệ số nhân, vd. {example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>Enter a percentage, e.g. {example} %.</source>
            <translation>Nhập tỷ lệ phần trăm, vd. {example} %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>Enter an amount.</source>
            <translation>Nhập số tiền.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>Enter the amount to refund.</source>
            <translation>Nhập số tiền cần hoàn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/member_names.py" />
            <source>Erased member #{id}</source>
            <translation>Hội viên đã xóa #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Expiry must be between 1 and 3650 days.</source>
            <translation>Thời hạn phải từ 1 đến 3650 ngày.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <source>Export members, visits or ledger, not “{what}”.</source>
            <translation>Chỉ xuất được members, visits hoặc ledger, không phải “{what}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} expired on {date}.</source>
            <translation>Thẻ quà tặng {code} đã hết hạn ngày {date}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} is already voided.</source>
            <translation>Thẻ quà tặng {code} đã bị vô hiệu hóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} is used up.</source>
            <translation>Thẻ quà tặng {code} đã dùng hết.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} was voided and cannot be used.</source>
            <translation>Thẻ quà tặng {code} đã bị vô hiệu hóa, không dùng được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Gift cards are not set up in this shop.</source>
            <translation>Cửa hàng chưa thiết lập thẻ quà tặng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <source>Give a reason of 1 to {max} characters.</source>
            <translation>Ghi lý do dài từ 1 đến {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Issue between 1 and {max} codes at a time.</source>
            <translation>Mỗi lần phát từ 1 đến {max} mã.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Item number {id} is not on the list or is switched off.</source>
            <translation>Món số {id} không có trong danh sách hoặc đã tắt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>Kiosk is “on” or “off”, not “{value}”.</source>
            <translation>Kiosk chỉ có thể là “on” hoặc “off”, không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>Line {line}: the file is not valid CSV ({error}).</source>
            <translation>Dòng {line}: tệp không đúng định dạng CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>Member #{id} was erased.</source>
            <translation>Hội viên #{id} đã bị xóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>Member #{id} was merged into member #{into}.</source>
            <translation>Hội viên #{id} đã được gộp vào hội viên #{into}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>No reward is ready on “{name}” ({stamps} of {needed} stamps).</source>
            <translation>“{name}” chưa có phần thưởng ({stamps}/{needed} dấu).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>No row of the file can be imported.</source>
            <translation>Không dòng nào trong tệp nhập được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Nothing of that kind can be switched.</source>
            <translation>Loại này không bật/tắt được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Nothing to confirm: enter the amount, the items bought or a reward.</source>
            <translation>Chưa có gì để xác nhận: nhập số tiền, món đã mua hoặc phần thưởng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Nothing to confirm: enter the items bought or pick a reward.</source>
            <translation>Chưa có gì để xác nhận: nhập món đã mua hoặc chọn phần thưởng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Nothing was scanned.</source>
            <translation>Chưa quét được gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Only a percent discount can have a maximum.</source>
            <translation>Chỉ giảm theo % mới có mức giảm tối đa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Only the owner can approve this.</source>
            <translation>Chỉ chủ cửa hàng mới duyệt được thao tác này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Only the owner can correct a balance by more than {limit}.</source>
            <translation>Chỉ chủ cửa hàng mới điều chỉnh số dư quá {limit}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Only the owner can open this.</source>
            <translation>Chỉ chủ cửa hàng mới mở được mục này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Only {ready} rewards are ready on “{name}”.</source>
            <translation>“{name}” chỉ có {ready} phần thưởng sẵn sàng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Owner screens lock after 1 to 120 minutes.</source>
            <translation>Màn hình quản lý tự khóa sau 1 đến 120 phút.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Pass number {id} does not exist or is switched off.</source>
            <translation>Gói trả trước số {id} không tồn tại hoặc đã tắt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Pay more than zero with the gift card.</source>
            <translation>Số tiền trả bằng thẻ quà tặng phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Points of “{name}” can only buy catalogue rewards.</source>
            <translation>Điểm của “{name}” chỉ dùng để đổi quà trong danh mục.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per amount and the amount step must be positive.</source>
            <translation>Số điểm và bước tiền phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per visit and per item cannot be negative.</source>
            <translation>Điểm mỗi lượt ghé và mỗi món không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Program number {id} does not exist or is switched off.</source>
            <translation>Chương trình số {id} không tồn tại hoặc đã tắt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Promotions multiply the points of a points program.</source>
            <translation>Khuyến mãi nhân điểm của một chương trình tích điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody found for “{text}”.</source>
            <translation>Người giới thiệu: không tìm thấy ai với “{text}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody has card {code}.</source>
            <translation>Người giới thiệu: không ai có thẻ {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: several members match “{text}”. Use the card number.</source>
            <translation>Người giới thiệu: nhiều thành viên khớp với “{text}”. Hãy dùng số thẻ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refunding.py" />
            <source>Request id {request} was already used for another refund; nothing was changed.</source>
            <translation>Mã yêu cầu {request} đã được dùng cho lần hoàn tiền khác; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Request id {request} was already used for another visit; nothing was changed.</source>
            <translation>Mã yêu cầu {request} đã được dùng cho lượt ghé khác; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Reserve 1 to {max} blank cards at a time.</source>
            <translation>Mỗi lần dành sẵn từ 1 đến {max} thẻ trắng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>Restore the newest backup</source>
            <translation>Khôi phục bản sao lưu mới nhất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Reward number {id} does not exist or is switched off.</source>
            <translation>Phần thưởng số {id} không tồn tại hoặc đã tắt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same card number as line {line} ({name}).</source>
            <translation>Trùng số thẻ với dòng {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same e-mail as line {line} ({name}).</source>
            <translation>Trùng email với dòng {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same phone number as line {line} ({name}).</source>
            <translation>Trùng số điện thoại với dòng {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Say by how much to change the value.</source>
            <translation>Cho biết cần thay đổi giá trị bao nhiêu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Say how much a visit must charge to earn the coupon.</source>
            <translation>Cho biết lượt ghé phải thu bao nhiêu để được tặng phiếu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Say what the reward is.</source>
            <translation>Cho biết phần thưởng là gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Say why the balance is corrected.</source>
            <translation>Ghi lý do điều chỉnh số dư.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refunding.py" />
            <source>Say why the visit is refunded.</source>
            <translation>Ghi lý do hoàn tiền lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Say why the visit is voided.</source>
            <translation>Ghi lý do hủy lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Scan the member's card first: this needs a member.</source>
            <translation>Quét thẻ thành viên trước: thao tác này cần có thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Show 1 to {max} entries at a time.</source>
            <translation>Mỗi lần hiện từ 1 đến {max} mục.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Spend at least {min} for this coupon.</source>
            <translation>Phiếu giảm giá này áp dụng cho đơn từ {min}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamp expiry must be between 1 and 3650 days.</source>
            <translation>Thời hạn của dấu phải từ 1 đến 3650 ngày.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps needed must be between 2 and {max}.</source>
            <translation>Số dấu cần phải từ 2 đến {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps per item must be between 1 and 10.</source>
            <translation>Số dấu mỗi món phải từ 1 đến 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That amount is too large to be right.</source>
            <translation>Số tiền quá lớn, có vẻ không đúng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>That program has no such balance.</source>
            <translation>Chương trình đó không có loại số dư này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That tier is not sold as a membership.</source>
            <translation>Hạng này không bán dưới dạng gói hội viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup could not be saved ({error}). Nothing was left behind.</source>
            <translation>Không thể lưu bản sao lưu ({error}). Không để lại tệp nào.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup was not saved: its copy does not pass the check ({problem}). The older backups are kept.</source>
            <translation>Bản sao lưu không được lưu: bản sao không vượt qua kiểm tra ({problem}). Các bản sao lưu cũ vẫn được giữ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup was stopped. Nothing was saved.</source>
            <translation>Việc sao lưu đã bị dừng. Không có gì được lưu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The backup {backup} cannot be used: {problem}</source>
            <translation>Không dùng được bản sao lưu {backup}: {problem}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_plans.py" />
            <source>The balances of member {member} do not match their history; nothing was changed. Run “admin check” and call for help.</source>
            <translation>Số dư của thành viên {member} không khớp với lịch sử; không có gì thay đổi. Hãy chạy “admin check” và gọi hỗ trợ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The barcode is ean13 or code128, not “{value}”.</source>
            <translation>Mã vạch phải là ean13 hoặc code128, không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The birthday {birthday} is not possible.</source>
            <translation>Ngày sinh {birthday} không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The card prefix is two digits from 20 to 29 (GS1's in-store range), not “{value}”.</source>
            <translation>Đầu số thẻ là hai chữ số từ 20 đến 29 (dải nội bộ của GS1), không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The card title has at most {max} characters.</source>
            <translation>Tiêu đề thẻ dài tối đa {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The cashback rate is between 0.01 % and 100 %.</source>
            <translation>Tỷ lệ hoàn vào ví từ 0,01 % đến 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The code {code} is already used by “{name}”.</source>
            <translation>Mã {code} đã được “{name}” dùng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The colours are “standard” or “high_contrast”, not “{value}”.</source>
            <translation>Màu chỉ có thể là “standard” hoặc “high_contrast”, không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” does not say which program it is for: name it after the program, e.g. “{example}”.</source>
            <translation>Cột “{column}” không cho biết thuộc chương trình nào: hãy đặt tên cột theo chương trình, vd. “{example}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” holds balances, but this shop has no program for them. Set one up first, or remove the column.</source>
            <translation>Cột “{column}” chứa số dư, nhưng cửa hàng chưa có chương trình tương ứng. Hãy thiết lập chương trình trước, hoặc bỏ cột này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” is for the program “{program}”, which this shop does not have. Set it up first, or remove the column.</source>
            <translation>Cột “{column}” dành cho chương trình “{program}” mà cửa hàng chưa có. Hãy thiết lập chương trình đó trước, hoặc bỏ cột này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}”: “{program}” has no such balance.</source>
            <translation>Cột “{column}”: “{program}” không có loại số dư này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The columns “{first}” and “{second}” hold the same thing; keep one.</source>
            <translation>Cột “{first}” và “{second}” chứa cùng một thông tin; chỉ giữ một cột.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The copy to {url} failed ({error}). Nothing was written to the server.</source>
            <translation>Sao chép sang {url} thất bại ({error}). Không có gì được ghi lên máy chủ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon must start before it ends.</source>
            <translation>Ngày bắt đầu của phiếu giảm giá phải trước ngày kết thúc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon needs a name of 1 to {max} characters.</source>
            <translation>Phiếu giảm giá cần có tên dài từ 1 đến {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” ended on {date}; change its dates first.</source>
            <translation>Phiếu giảm giá “{name}” đã kết thúc ngày {date}; hãy đổi thời hạn trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” is switched off.</source>
            <translation>Phiếu giảm giá “{name}” đã tắt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon “{name}” needs a member: open the member's card first.</source>
            <translation>Phiếu giảm giá “{name}” cần có thành viên: hãy mở thẻ của thành viên trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The currency stays {current}: this shop already has amounts in it, and they would be read as {new}. A shop in another currency starts a new database.</source>
            <translation>Tiền tệ vẫn là {current}: cửa hàng đã có số tiền ghi theo đơn vị này, nếu đổi sẽ bị hiểu thành {new}. Cửa hàng dùng tiền tệ khác cần tạo cơ sở dữ liệu mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>The customer screen is “on” or “off”, not “{value}”.</source>
            <translation>Màn hình khách hàng là “on” (bật) hoặc “off” (tắt), không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>The customer screen's line has at most {max} characters.</source>
            <translation>Dòng chữ trên màn hình khách hàng có tối đa {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>The daily stamp limit must be between 1 and 1000.</source>
            <translation>Giới hạn dấu mỗi ngày phải từ 1 đến 1000.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The database {url} is not empty ({count} tables, such as {first}). Moving a shop needs a new, empty database. Nothing was written.</source>
            <translation>Cơ sở dữ liệu {url} không trống ({count} bảng, ví dụ {first}). Chuyển cửa hàng cần một cơ sở dữ liệu mới, trống. Không có gì được ghi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The demo shop can only be created in an empty database; this one already has members or programs.</source>
            <translation>Chỉ tạo được cửa hàng mẫu trong cơ sở dữ liệu trống; cơ sở dữ liệu này đã có thành viên hoặc chương trình.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>The disk holding {path} is full ({error}). Nothing is wrong with the data; free some space, then start again.</source>
            <translation>Ổ đĩa chứa {path} đã đầy ({error}). Dữ liệu không có vấn đề gì; hãy giải phóng bớt dung lượng rồi khởi động lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file has more than {max} members; split it in parts.</source>
            <translation>Tệp có hơn {max} thành viên; hãy chia thành nhiều tệp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The file has no name column. Its first line must name the columns, e.g. name;phone;email (this file's first line: {headers}).</source>
            <translation>Tệp không có cột tên. Dòng đầu tiên phải ghi tên các cột, vd. name;phone;email (dòng đầu của tệp này: {headers}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The file holds another shop</source>
            <translation>Tệp chứa dữ liệu của một cửa hàng khác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file is empty.</source>
            <translation>Tệp trống.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>The file is larger than {mb} MB; split it in parts.</source>
            <translation>Tệp lớn hơn {mb} MB; hãy chia thành nhiều tệp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The file is not a Loyalty POS shop</source>
            <translation>Tệp không phải cửa hàng Loyalty POS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file names its columns but holds no members.</source>
            <translation>Tệp có tên cột nhưng không có thành viên nào.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>The gift card holds only {balance}.</source>
            <translation>Thẻ quà tặng chỉ còn {balance}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The item needs a name.</source>
            <translation>Món cần có tên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>The last day is before the first day.</source>
            <translation>Ngày cuối đang trước ngày đầu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The limit per member is between 1 and {max}.</source>
            <translation>Giới hạn mỗi thành viên từ 1 đến {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The line has {n} cells, but the first line names only {m} columns.</source>
            <translation>Dòng có {n} ô, nhưng dòng đầu chỉ ghi tên {m} cột.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The line of text has at most {max} characters.</source>
            <translation>Dòng chữ dài tối đa {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo is too large ({kb} kB); use a smaller image.</source>
            <translation>Logo quá lớn ({kb} kB); hãy dùng ảnh nhỏ hơn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo must be a PNG image.</source>
            <translation>Logo phải là ảnh PNG.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The maximum discount must be above zero.</source>
            <translation>Mức giảm tối đa phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} in store credit.</source>
            <translation>Ví của thành viên chỉ còn {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} points on “{name}”.</source>
            <translation>Thành viên chỉ có {held} điểm ở “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>The member holds only {held}; nothing changed.</source>
            <translation>Thành viên chỉ có {held}; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The member's name is required.</source>
            <translation>Cần nhập tên thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/outbox.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>The membership of {name} is blocked.</source>
            <translation>Tư cách thành viên của {name} đã bị khóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The minimum spend cannot be negative.</source>
            <translation>Chi tiêu tối thiểu không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The name is too long (at most {n} characters).</source>
            <translation>Tên quá dài (tối đa {n} ký tự).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The notes are too long (at most {n} characters).</source>
            <translation>Ghi chú quá dài (tối đa {n} ký tự).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The offline allowance is 0 to {max} (minor units).</source>
            <translation>Hạn mức ngoại tuyến từ 0 đến {max} (đơn vị nhỏ nhất).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>The owner's PIN opens every owner screen, so it has {min} to {max} digits.</source>
            <translation>Mã PIN chủ cửa hàng mở được mọi màn hình quản lý, nên phải gồm {min} đến {max} chữ số.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The pass “{name}” has {left} uses left.</source>
            <translation>Gói “{name}” chỉ còn {left} lượt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation>Ngày kết thúc của kỳ đang trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The program needs a name.</source>
            <translation>Chương trình cần có tên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>The program “{name}” is switched off: it gives no new stamps. Rewards already ready on it can still be redeemed.</source>
            <translation>Chương trình “{name}” đã tắt: không đóng thêm dấu. Phần thưởng đã sẵn sàng vẫn đổi được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion ends before it starts.</source>
            <translation>Ngày kết thúc của khuyến mãi đang trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion needs a name.</source>
            <translation>Khuyến mãi cần có tên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}) and the data could not be put back by itself. Restore {saved} to get it back.</source>
            <translation>Khôi phục thất bại ({error}) và không tự đưa dữ liệu về như cũ được. Hãy khôi phục {saved} để lấy lại dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}). The data is as it was before.</source>
            <translation>Khôi phục thất bại ({error}). Dữ liệu vẫn như trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The reward needs a name.</source>
            <translation>Phần thưởng cần có tên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The scan sounds are “on” or “off”, not “{value}”.</source>
            <translation>Âm thanh khi quét chỉ có thể là “on” hoặc “off”, không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The shop name has 1 to {max} characters.</source>
            <translation>Tên cửa hàng dài từ 1 đến {max} ký tự.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>The shop needs at least one owner.</source>
            <translation>Cửa hàng cần có ít nhất một chủ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/schema.py" />
            <source>The shop on the server is at an older version ({missing} missing). Update it from the till that set it up, or ask for help.</source>
            <translation>Cửa hàng trên máy chủ đang ở phiên bản cũ hơn (thiếu {missing}). Hãy cập nhật từ máy thu ngân đã thiết lập nó, hoặc nhờ hỗ trợ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The shop's file is damaged ({reason}). Restore a backup before moving it.</source>
            <translation>Tệp của cửa hàng bị hỏng ({reason}). Hãy khôi phục một bản sao lưu trước khi chuyển.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/damage.py" />
            <source>The shop's file is damaged, so nothing can be saved: {reason} Restore the newest good backup (Backups, or: loyalty-pos admin backup list).</source>
            <translation>Tệp dữ liệu của cửa hàng bị hỏng nên không thể lưu gì: {reason} Hãy khôi phục bản sao lưu tốt mới nhất (Sao lưu, hoặc: loyalty-pos admin backup list).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is empty (0 bytes)</source>
            <translation>Tệp dữ liệu của cửa hàng trống (0 byte)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is missing</source>
            <translation>Không tìm thấy tệp dữ liệu của cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is no longer a database</source>
            <translation>Tệp dữ liệu của cửa hàng không còn là cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/server.py" />
            <source>The shop's server cannot be reached ({error}). Check the network cable or Wi-Fi and that the back-office computer is on.</source>
            <translation>Không kết nối được với máy chủ của cửa hàng ({error}). Hãy kiểm tra cáp mạng hoặc Wi-Fi và xem máy tính ở văn phòng đã bật chưa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached, and by this till's last copy {name} does not hold that much ({credit} credit, {points} points left). Nothing was changed.</source>
            <translation>Không kết nối được máy chủ của cửa hàng, và theo bản sao gần nhất của quầy này {name} không có đủ (còn {credit} tín dụng, {points} điểm). Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached: only visits that earn can be taken now. Rewards, points, credit, passes, gift cards and coupons can be used again when the server is back. Nothing was changed.</source>
            <translation>Không kết nối được máy chủ của cửa hàng: lúc này chỉ nhận các lượt ghé tích lũy. Phần thưởng, điểm, tín dụng, vé, thẻ quà tặng và phiếu giảm giá sẽ dùng lại được khi máy chủ hoạt động lại. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached: {name} may spend at most {allowance} in credit and points until it is back ({left} left). Nothing was changed.</source>
            <translation>Không kết nối được máy chủ của cửa hàng: {name} chỉ được tiêu tối đa {allowance} bằng tín dụng và điểm cho đến khi máy chủ hoạt động lại (còn {left}). Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The slip paper is 58 or 80 mm wide, not “{value}”.</source>
            <translation>Khổ giấy biên nhận rộng 58 hoặc 80 mm, không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The text size is 100, 125 or 150 (normal, large, largest), not “{value}”.</source>
            <translation>Cỡ chữ chỉ có thể là 100, 125 hoặc 150 (normal, large, largest), không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier needs a name.</source>
            <translation>Hạng cần có tên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier window is between 1 and 3650 days.</source>
            <translation>Số ngày xét hạng từ 1 đến 3650 ngày.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>The till {till} is in the branch {other}, not {branch}.</source>
            <translation>Quầy {till} thuộc chi nhánh {other}, không phải {branch}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The weekday is 0 (Monday) to 6 (Sunday).</source>
            <translation>Thứ trong tuần từ 0 (Thứ Hai) đến 6 (Chủ Nhật).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is already a staff member called {name}.</source>
            <translation>Đã có nhân viên tên {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no backup file {file}.</source>
            <translation>Không có tệp sao lưu {file}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <source>There is no card {code}.</source>
            <translation>Không có thẻ {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no catalogue reward number {id}.</source>
            <translation>Không có quà đổi điểm số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>There is no consent channel “{channel}”. Channels: {channels}.</source>
            <translation>Không có kênh đồng ý “{channel}”. Các kênh: {channels}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer number {id}.</source>
            <translation>Không có ưu đãi phiếu giảm giá số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer “{name}”.</source>
            <translation>Không có ưu đãi phiếu giảm giá “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>There is no coupon {code}.</source>
            <translation>Không có phiếu giảm giá {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no file {file}. Nothing was changed.</source>
            <translation>Không có tệp {file}. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>There is no file {path}.</source>
            <translation>Không có tệp {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>There is no gift card {code}.</source>
            <translation>Không có thẻ quà tặng {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item number {id}.</source>
            <translation>Không có món số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item “{name}”.</source>
            <translation>Không có món “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/contact_lists.py" />
            <source>There is no list “{segment}”. Lists: {segments}.</source>
            <translation>Không có danh sách “{segment}”. Các danh sách: {segments}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/member_export.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>There is no member number {id}.</source>
            <translation>Không có thành viên số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no points or credit program number {id}.</source>
            <translation>Không có chương trình tích điểm hay hoàn ví số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no program number {id}.</source>
            <translation>Không có chương trình số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>There is no program template “{key}”.</source>
            <translation>Không có mẫu chương trình “{key}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <source>There is no program “{name}”.</source>
            <translation>Không có chương trình “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no promotion number {id}.</source>
            <translation>Không có khuyến mãi số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <location filename="../../loyalty_pos/services/approvals.py" />
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <location filename="../../loyalty_pos/services/display.py" />
            <location filename="../../loyalty_pos/services/setup.py" />
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>There is no setting “{key}”. Settings: {keys}.</source>
            <translation>Không có cài đặt “{key}”. Các cài đặt: {keys}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/server.py" />
            <source>There is no shop in the server database {url}. Create it with: loyalty-pos admin init (or move a shop there: admin migrate-to).</source>
            <translation>Cơ sở dữ liệu máy chủ {url} chưa có cửa hàng. Hãy tạo bằng: loyalty-pos admin init (hoặc chuyển một cửa hàng sang: admin migrate-to).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member called {name}.</source>
            <translation>Không có nhân viên tên {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member {id}.</source>
            <translation>Không có nhân viên {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no stamp or points program number {id}.</source>
            <translation>Không có chương trình tích dấu hay tích điểm số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no tier number {id}.</source>
            <translation>Không có hạng số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no visit number {id}.</source>
            <translation>Không có lượt ghé số {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is nothing to switch with number {id}.</source>
            <translation>Không có mục nào số {id} để bật/tắt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>This database has no backup folder.</source>
            <translation>Cơ sở dữ liệu này không có thư mục sao lưu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This file is not a text (CSV) file. Save it as “CSV UTF-8”.</source>
            <translation>Tệp này không phải tệp văn bản (CSV). Hãy lưu thành “CSV UTF-8”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>This file was imported already ({when}). Nothing was imported again.</source>
            <translation>Tệp này đã được nhập rồi ({when}). Không nhập lại gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save it as “CSV UTF-8” (Excel: File › Save As) and choose that file.</source>
            <translation>Đây là tệp bảng tính (.xlsx hoặc .ods), không phải tệp CSV. Hãy lưu thành “CSV UTF-8” (Excel: File › Save As) rồi chọn tệp đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>This member already has a referrer.</source>
            <translation>Thành viên này đã có người giới thiệu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>This member has already used “{name}” {count} times (the limit).</source>
            <translation>Thành viên này đã dùng “{name}” {count} lần (đã đến giới hạn).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>This shop has no branch named {branch}.</source>
            <translation>Cửa hàng này không có chi nhánh nào tên {branch}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>This shop has no till named {till}.</source>
            <translation>Cửa hàng này không có quầy nào tên {till}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>This shop is already on a server. Give --db the shop's file to move it.</source>
            <translation>Cửa hàng này đã ở trên máy chủ. Hãy đưa tệp của cửa hàng cho --db để chuyển.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>This till has no copy of the member list yet (it is made while the server answers), so it cannot start without the server.</source>
            <translation>Quầy này chưa có bản sao danh sách thành viên (bản sao được tạo khi máy chủ phản hồi), nên không thể khởi động khi không có máy chủ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>This visit cannot be voided: its stamps or reward have been used since. Void the later visit first.</source>
            <translation>Không hủy được lượt ghé này: dấu hoặc phần thưởng của nó đã được dùng sau đó. Hãy hủy lượt ghé sau trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>This would leave a balance below zero.</source>
            <translation>Thao tác này sẽ làm số dư xuống dưới 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Tier thresholds cannot be negative.</source>
            <translation>Ngưỡng lên hạng không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {minutes} more min.</source>
            <translation>Nhập sai mã PIN quá nhiều lần: {name} bị khóa thêm {minutes} phút.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name}'s PIN is locked until the owner unlocks it on the staff screen.</source>
            <translation>Nhập sai mã PIN quá nhiều lần: mã PIN của {name} bị khóa đến khi chủ cửa hàng mở khóa ở màn hình Nhân viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name}'s owner PIN is locked. Another owner can unlock it on the staff screen, or run “loyalty-pos admin staff unlock {name}” on this computer.</source>
            <translation>Nhập sai mã PIN quá nhiều lần: mã PIN chủ cửa hàng của {name} bị khóa. Một chủ khác có thể mở khóa ở màn hình Nhân viên, hoặc chạy “loyalty-pos admin staff unlock {name}” trên máy này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Type a card number, or a name or phone that finds one member.</source>
            <translation>Nhập số thẻ, hoặc tên hay số điện thoại chỉ tìm thấy một hội viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} already has feedback.</source>
            <translation>Lượt ghé {id} đã có đánh giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/audit.py" />
            <source>Visit {id} does not match its recorded refunds (the file was changed outside the app). Nothing was refunded; run the check (admin check).</source>
            <translation>Lượt ghé {id} không khớp với các lần hoàn tiền đã ghi (tệp đã bị sửa bên ngoài ứng dụng). Chưa hoàn tiền; hãy chạy kiểm tra (admin check).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} has no member: refund it instead.</source>
            <translation>Lượt ghé {id} không có thành viên: hãy hoàn tiền thay vì hủy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} is already refunded in full.</source>
            <translation>Lượt ghé {id} đã được hoàn tiền toàn bộ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} sold a gift card: void the card on the gift card screen.</source>
            <translation>Lượt ghé {id} có bán thẻ quà tặng: hãy vô hiệu hóa thẻ ở màn hình thẻ quà tặng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was already voided.</source>
            <translation>Lượt ghé {id} đã bị hủy trước đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was paid with a gift card, used a coupon, paid a referral bonus or was refunded: refund it instead of voiding it.</source>
            <translation>Lượt ghé {id} đã trả bằng thẻ quà tặng, dùng phiếu giảm giá, trả thưởng giới thiệu hoặc đã được hoàn tiền: hãy hoàn tiền thay vì hủy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} was voided.</source>
            <translation>Lượt ghé {id} đã bị hủy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} was voided; it takes no feedback.</source>
            <translation>Lượt ghé {id} đã bị hủy; không nhận đánh giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Visit {visit} charged {amount}: voiding it needs the owner's approval (above {limit}). Nothing was voided.</source>
            <translation>Lượt ghé {visit} đã thu {amount}: muốn hủy cần chủ cửa hàng duyệt (vượt {limit}). Chưa hủy gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Visit {visit} is from an earlier day: voiding it needs the owner's approval. Nothing was voided.</source>
            <translation>Lượt ghé {visit} thuộc ngày trước: muốn hủy cần chủ cửa hàng duyệt. Chưa hủy gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Wrong PIN for {name}.</source>
            <translation>Sai mã PIN của {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Wrong PIN: nothing was erased.</source>
            <translation>Sai PIN: không có gì bị xóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>Wrong check digit in {code}: the number was mistyped or misread. Scan or type it again.</source>
            <translation>Sai số kiểm tra trong {code}: số bị nhập sai hoặc quét sai. Hãy quét hoặc nhập lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{broken} of {rows} rows cannot be imported (the first is line {line}). Nothing was imported.</source>
            <translation>{broken}/{rows} dòng không nhập được (dòng lỗi đầu tiên: {line}). Chưa nhập gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a coupon, not a gift card.</source>
            <translation>{code} là phiếu giảm giá, không phải thẻ quà tặng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{code} is a gift card or a coupon, not a member card.</source>
            <translation>{code} là thẻ quà tặng hoặc phiếu giảm giá, không phải thẻ thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a gift card, not a coupon.</source>
            <translation>{code} là thẻ quà tặng, không phải phiếu giảm giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a member card, not a coupon.</source>
            <translation>{code} là thẻ thành viên, không phải phiếu giảm giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a member card, not a gift card.</source>
            <translation>{code} là thẻ thành viên, không phải thẻ quà tặng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>{code} is a product barcode, not a loyalty card (card numbers start with 20 to 29).</source>
            <translation>{code} là mã vạch sản phẩm, không phải thẻ thành viên (số thẻ bắt đầu bằng 20 đến 29).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{code} is already a gift card or coupon of this shop.</source>
            <translation>{code} đã là thẻ quà tặng hoặc phiếu giảm giá của cửa hàng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {day} is in the future.</source>
            <translation>{column}: {day} là ngày trong tương lai.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {value} is more than a balance can hold.</source>
            <translation>{column}: {value} vượt quá mức số dư cho phép.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is neither yes nor no.</source>
            <translation>{column}: “{value}” không phải có hay không.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a date (use YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. or DD/MM/YYYY).</source>
            <translation>{column}: “{value}” không phải ngày (dùng YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. hoặc DD/MM/YYYY).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a whole number of 0 or more.</source>
            <translation>{column}: “{value}” không phải số nguyên từ 0 trở lên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not an amount in {currency}.</source>
            <translation>{column}: “{value}” không phải số tiền {currency}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” was shortened by the spreadsheet (scientific notation) and the number is lost. Format the column as text and save the file again.</source>
            <translation>{column}: “{value}” đã bị bảng tính rút gọn (dạng số khoa học) nên mất số. Hãy định dạng cột là văn bản rồi lưu lại tệp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}”: {currency} amounts have at most {digits} decimals.</source>
            <translation>{column}: “{value}”: số tiền {currency} có tối đa {digits} chữ số thập phân.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>{currency} amounts have at most {digits} decimals.</source>
            <translation>Số tiền {currency} có tối đa {digits} chữ số thập phân.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} cannot be read back ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>Không thể đọc lại {file} ({problem}), nên chưa được khôi phục. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} could not be updated to this version ({error}). Nothing was changed.</source>
            <translation>Không cập nhật được {file} lên phiên bản này ({error}). Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not have the tables and safeguards this version makes ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>{file} thiếu các bảng và cơ chế bảo vệ mà phiên bản này tạo ra ({problem}), nên không được khôi phục. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not pass the check ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>{file} không qua được bước kiểm tra ({problem}) nên chưa được khôi phục. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is a database, but not one of Loyalty POS, so it cannot be restored. Nothing was changed.</source>
            <translation>{file} là cơ sở dữ liệu nhưng không phải của Loyalty POS nên không khôi phục được. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is damaged (SQLite's check says: {problem}), so it cannot be restored. Nothing was changed.</source>
            <translation>{file} bị hỏng (SQLite báo: {problem}) nên không khôi phục được. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is not an SQLite database (or is too damaged to open), so it cannot be restored. Nothing was changed.</source>
            <translation>{file} không phải cơ sở dữ liệu SQLite (hoặc hỏng quá nặng, không mở được) nên không khôi phục được. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is the shop's live database, not a backup of it.</source>
            <translation>{file} là cơ sở dữ liệu đang dùng của cửa hàng, không phải bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} was made by a newer version of Loyalty POS. Update the app, then restore it. Nothing was changed.</source>
            <translation>{file} do phiên bản Loyalty POS mới hơn tạo ra. Hãy cập nhật ứng dụng rồi khôi phục. Không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{folder} is not a folder. Nothing was saved.</source>
            <translation>{folder} không phải thư mục. Chưa lưu gì.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>{key} is a whole amount in minor units (forints, đồng, øre, cents) from 0 to {max}, not “{value}”.</source>
            <translation>{key} là số tiền nguyên theo đơn vị tiền nhỏ nhất (forint, đồng, øre, xu) từ 0 đến {max}, không phải “{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the e-mail {value}.</source>
            <translation>{name} (thẻ {card}) đã dùng email {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the phone number {value}.</source>
            <translation>{name} (thẻ {card}) đã dùng số điện thoại {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Open that member, or enroll anyway.</source>
            <translation>{name} đã dùng số điện thoại hoặc email này (thẻ {card}). Mở thành viên đó, hoặc vẫn đăng ký.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} has no PIN yet.</source>
            <translation>{name} chưa có mã PIN.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} is not active.</source>
            <translation>{name} không còn hoạt động.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>{name}: the daily limit of {limit} stamps is reached. No stamps were added.</source>
            <translation>{name}: đã chạm giới hạn {limit} dấu mỗi ngày. Không đóng thêm dấu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} cannot be written ({error}): the file or its folder is read-only. Nothing is wrong with the data; give this user write access to the folder.</source>
            <translation>Không ghi được vào {path} ({error}): tệp hoặc thư mục chứa nó chỉ cho đọc. Dữ liệu không có vấn đề gì; hãy cấp quyền ghi thư mục cho người dùng này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is busy: another program holds it ({error}). Close the other Loyalty POS window or admin command, then try again.</source>
            <translation>{path} đang bận: một chương trình khác đang giữ nó ({error}). Hãy đóng cửa sổ Loyalty POS hoặc lệnh quản trị kia rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is damaged ({error}), so nothing can be saved in it. Restore the newest good backup.</source>
            <translation>{path} bị hỏng ({error}) nên không thể lưu gì vào đó. Hãy khôi phục bản sao lưu tốt mới nhất.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is not a usable database: {error}</source>
            <translation>{path} không phải cơ sở dữ liệu dùng được: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>{problem}: {path} (it was {size} bytes). Nothing was written. Newest backup: {backup}. Restore it with: loyalty-pos admin --db "{path}" init --force, then: loyalty-pos admin --db "{path}" backup restore {backup}</source>
            <translation>{problem}: {path} (trước đây {size} byte). Chưa ghi gì. Bản sao lưu mới nhất: {backup}. Khôi phục bằng: loyalty-pos admin --db "{path}" init --force, rồi: loyalty-pos admin --db "{path}" backup restore {backup}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>{problem}: {path} (it was {size} bytes). Nothing was written. No backup was found beside it: look for a copy on a USB stick.</source>
            <translation>{problem}: {path} (trước đây {size} byte). Chưa ghi gì. Không tìm thấy bản sao lưu bên cạnh: hãy tìm bản sao trên USB.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>“{amount}” is not an amount.</source>
            <translation>“{amount}” không phải số tiền.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{birthday}” is not a date (use YYYY-MM-DD).</source>
            <translation>“{birthday}” không phải ngày (dùng YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>“{code}” cannot be a coupon code: use 3 to 20 letters, digits or hyphens, with at least one letter.</source>
            <translation>“{code}” không dùng làm mã giảm giá được: dùng 3 đến 20 chữ cái, chữ số hoặc dấu gạch ngang, có ít nhất một chữ cái.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>“{code}” is not a card code. Scan the card again.</source>
            <translation>“{code}” không phải mã thẻ. Hãy quét lại thẻ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>“{code}” is not a card number of this shop: the member gets a new card, and the old number goes into the notes.</source>
            <translation>“{code}” không phải số thẻ của cửa hàng: thành viên sẽ được cấp thẻ mới, số cũ được ghi vào ghi chú.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>“{code}” is not a coupon code.</source>
            <translation>“{code}” không phải mã giảm giá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{email}” is not an e-mail address.</source>
            <translation>“{email}” không phải địa chỉ email.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>“{path}” is not a picture.</source>
            <translation>“{path}” không phải hình ảnh.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{phone}” is not a phone number.</source>
            <translation>“{phone}” không phải số điện thoại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>“{reward}” costs {cost} points; the member has {held}.</source>
            <translation>“{reward}” cần {cost} điểm; thành viên có {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>“{source}” is not a source of consent.</source>
            <translation>“{source}” không phải là nguồn ghi nhận đồng ý.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a multiplier: use a number from 1 to 10 with at most two decimals, e.g. {example}.</source>
            <translation>“{text}” không dùng làm hệ số nhân được: dùng số từ 1 đến 10, tối đa hai chữ số thập phân, vd. {example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a percent discount: use a whole number from 1 to 100.</source>
            <translation>“{text}” không dùng làm mức giảm theo % được: dùng số nguyên từ 1 đến 100.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a percentage here: use at most two decimals, between {low} % and 100 %.</source>
            <translation>“{text}” không dùng làm tỷ lệ phần trăm ở đây được: dùng tối đa hai chữ số thập phân, từ {low} % đến 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” has too many decimals for a multiplier: use at most two decimals, e.g. ×{example}.</source>
            <translation>“{text}” có quá nhiều chữ số thập phân cho hệ số nhân: dùng tối đa hai chữ số thập phân, vd. ×{example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” has too many decimals: use at most two decimals, between {low} % and 100 %.</source>
            <translation>“{text}” có quá nhiều chữ số thập phân: dùng tối đa hai chữ số thập phân, từ {low} % đến 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>“{value}” is not a colour like #0b4f9c.</source>
            <translation>“{value}” không phải mã màu dạng #0b4f9c.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>“{value}” is not a currency code (e.g. HUF, VND, NOK).</source>
            <translation>“{value}” không phải mã tiền tệ (vd. HUF, VND, NOK).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>“{value}” is not the name of a screen or a camera.</source>
            <translation>“{value}” không phải là tên của màn hình hay camera.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>0 = not at all</source>
            <translation>0 = chắc chắn không</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>10 = certainly</source>
            <translation>10 = chắc chắn có</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Anything you would like to tell us? (optional)</source>
            <translation>Quý khách muốn góp ý thêm? (không bắt buộc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Esc: send the score without a comment</source>
            <translation>Esc: gửi điểm, không kèm góp ý</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation>Quý khách có sẵn lòng giới thiệu chúng tôi với bạn bè không?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Key {key}</source>
            <translation>Phím {key}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Keys 0–9, + for 10 · Esc: skip</source>
            <translation>Phím 0–9, + là 10 · Esc: bỏ qua</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Send (Enter)</source>
            <translation>Gửi (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Thank you! You gave {score}.</source>
            <translation>Cảm ơn quý khách! Điểm đánh giá: {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>That was a scan, not an answer: nothing was saved. Esc skips the question; then scan the card again.</source>
            <translation>Đó là mã quét, không phải câu trả lời: chưa lưu gì. Nhấn Esc để bỏ qua câu hỏi, rồi quét lại thẻ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Your opinion</source>
            <translation>Ý kiến của quý khách</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>(at most {amount})</source>
            <translation>(tối đa {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>A free item</source>
            <translation>Tặng một món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>Free {item}</source>
            <translation>Tặng {item}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>REFUNDED: {what}</source>
            <translation>ĐÃ HOÀN TIỀN: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>Refunded {amount}: {what}</source>
            <translation>Đã hoàn {amount}: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>VOIDED ({reason}): {what}</source>
            <translation>ĐÃ HỦY ({reason}): {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>card complete</source>
            <translation>đủ dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>earlier today</source>
            <translation>hôm nay</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>first visit</source>
            <translation>lần ghé đầu tiên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>no change</source>
            <translation>không thay đổi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>reward given</source>
            <translation>đã tặng thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>yesterday</source>
            <translation>hôm qua</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{amount} off</source>
            <translation>giảm {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{amount} · {what}</source>
            <translation>{amount} · {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{change} used</source>
            <translation>đã dùng {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} days ago</source>
            <translation>{n} ngày trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} months ago</source>
            <translation>{n} tháng trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} weeks ago</source>
            <translation>{n} tuần trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} years ago</source>
            <translation>{n} năm trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}nd visit</source>
            <translation>Lần ghé thứ {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}rd visit</source>
            <translation>Lần ghé thứ {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}st visit</source>
            <translation>Lần ghé thứ {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}th visit</source>
            <translation>Lần ghé thứ {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{percent} % off</source>
            <translation>giảm {percent} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{program} {change}</source>
            <translation>{program} {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{reward} ({amount} off)</source>
            <translation>{reward} (giảm {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{reward} ({percent}% off)</source>
            <translation>{reward} (giảm {percent}%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{stamps} / {needed}</source>
            <translation>{stamps} / {needed}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{visit} · last here {when}</source>
            <translation>{visit} · ghé gần nhất {when}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{when}  {what}  ({staff})</source>
            <translation>{when}  {what}  ({staff})</translation>
        </message>
    </context>
    <context>
        <name>GiftCardConfirmDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>A gift card worth</source>
            <translation>Thẻ quà tặng trị giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>A scan can't be used here: nothing was sold. Enter sells, Esc goes back.</source>
            <translation>Ở đây không nhận mã quét: chưa bán gì. Enter để bán, Esc để quay lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Above the owner's limit of {limit}: approved by the owner.</source>
            <translation>Vượt hạn mức {limit} của chủ cửa hàng: chủ đã duyệt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Above the owner's limit of {limit}: the owner's PIN comes next.</source>
            <translation>Vượt hạn mức {limit} của chủ cửa hàng: bước tiếp theo cần mã PIN của chủ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Back (Esc)</source>
            <translation>Quay lại (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Sell (Enter)</source>
            <translation>Bán (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Sell this gift card?</source>
            <translation>Bán thẻ quà tặng này?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>never expires</source>
            <translation>không hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>valid until {date}</source>
            <translation>hạn dùng đến {date}</translation>
        </message>
    </context>
    <context>
        <name>GiftCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Amount</source>
            <translation>&amp;Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Code</source>
            <translation>&amp;Mã</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Look up a gift card</source>
            <translation>&amp;Tra cứu thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Sell a gift card</source>
            <translation>&amp;Bán thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>, valid until {date}</source>
            <translation>, hạn dùng đến {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Amount</source>
            <translation>Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Card {code}, sold for {amount}</source>
            <translation>Thẻ {code}, đã bán với giá {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation>&amp;Hết hạn ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>EXPIRED on {date}</source>
            <translation>ĐÃ HẾT HẠN ngày {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card code</source>
            <translation>Mã thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card worth {amount} issued{expiry}. Its code:</source>
            <translation>Đã phát hành thẻ quà tặng trị giá {amount}{expiry}. Mã thẻ:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {balance} left.</source>
            <translation>Thẻ quà tặng {code}: còn {balance}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {value}</source>
            <translation>Thẻ quà tặng {code}: {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift cards</source>
            <translation>Thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Issue the card (Enter)</source>
            <translation>Phát hành thẻ (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Look up (Enter)</source>
            <translation>Tra cứu (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>New gift card code</source>
            <translation>Mã thẻ quà tặng mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print gift card</source>
            <translation>In thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print the card… (Ctrl+P)</source>
            <translation>In thẻ… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Scan or type the gift card's code</source>
            <translation>Quét hoặc nhập mã thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Staff</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Unexpected error, nothing was sold: {error}</source>
            <translation>Lỗi không mong muốn, chưa bán gì: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>VOIDED: cannot be used</source>
            <translation>ĐÃ VÔ HIỆU: không dùng được</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>When</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>YYYY-MM-DD (empty: never expires)</source>
            <translation>YYYY-MM-DD (để trống: không hết hạn)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>corrected</source>
            <translation>điều chỉnh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>expired</source>
            <translation>hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>never expires</source>
            <translation>không hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>paid with</source>
            <translation>thanh toán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>refund put back</source>
            <translation>hoàn lại khi trả hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>sold</source>
            <translation>bán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>valid until {date}</source>
            <translation>hạn dùng đến {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>voided</source>
            <translation>vô hiệu hóa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>{balance} left</source>
            <translation>còn {balance}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation>“{text}” không phải ngày (dùng YYYY-MM-DD).</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Old card: {code}</source>
            <translation>Thẻ cũ: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>birthday</source>
            <translation>ngày sinh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>blocked</source>
            <translation>bị khóa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>card number</source>
            <translation>số thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>e-mail</source>
            <translation>email</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>family name</source>
            <translation>họ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>first name</source>
            <translation>tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>marketing consent</source>
            <translation>đồng ý nhận ưu đãi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>member since</source>
            <translation>thành viên từ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>name</source>
            <translation>họ tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>notes</source>
            <translation>ghi chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>phone</source>
            <translation>điện thoại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>rewards ready</source>
            <translation>phần thưởng sẵn sàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>stamps</source>
            <translation>dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>store credit</source>
            <translation>tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>uses left</source>
            <translation>lượt còn lại</translation>
        </message>
    </context>
    <context>
        <name>ImportExportDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>1  Members: card, contact, consent, balances</source>
            <translation>1  Thành viên: thẻ, liên hệ, đồng ý nhận ưu đãi, số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>2  Visits: date, member, amounts, items</source>
            <translation>2  Lượt ghé: ngày, thành viên, số tiền, món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>3  Ledger: every change of every balance</source>
            <translation>3  Sổ cái: mọi biến động của mọi số dư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>An import of this file stopped after {done} of {rows} rows. Import (Ctrl+I) goes on from there.</source>
            <translation>Lần nhập tệp này đã dừng sau {done}/{rows} dòng. Nhập (Ctrl+I) sẽ tiếp tục từ đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a CSV file… (Ctrl+O)</source>
            <translation>Chọn tệp CSV… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a file to import.</source>
            <translation>Chọn tệp cần nhập.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Columns: {list}</source>
            <translation>Cột: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Discard the unfinished import (Ctrl+D)</source>
            <translation>Bỏ lần nhập chưa xong (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export (Ctrl+2)</source>
            <translation>Xuất (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export to a CSV file</source>
            <translation>Xuất ra tệp CSV</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export… (Ctrl+E)</source>
            <translation>Xuất… (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import (Ctrl+I)</source>
            <translation>Nhập (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import and export</source>
            <translation>Nhập và xuất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members</source>
            <translation>Nhập thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members (Ctrl+1)</source>
            <translation>Nhập thành viên (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import: {valid} of {rows} rows (Ctrl+I)</source>
            <translation>Nhập {valid}/{rows} dòng (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Importing… {percent} %</source>
            <translation>Đang nhập… {percent} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Members imported: {n}.</source>
            <translation>Đã nhập {n} thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>No file chosen yet.</source>
            <translation>Chưa chọn tệp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Not imported: {list}</source>
            <translation>Không nhập: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. All are ready to import.</source>
            <translation>Số dòng: {rows}. Tất cả đã sẵn sàng để nhập.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. Ready: {valid}. Broken (in red): {broken}. Nothing is imported while a row is broken.</source>
            <translation>Số dòng: {rows}. Hợp lệ: {valid}. Lỗi (màu đỏ): {broken}. Còn dòng lỗi thì chưa nhập gì cả.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Show only the broken rows (Ctrl+B)</source>
            <translation>Chỉ hiện dòng lỗi (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skip the broken rows ({n}) and import the others (Ctrl+K)</source>
            <translation>Bỏ qua {n} dòng lỗi, nhập các dòng còn lại (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation>Đã bỏ qua các dòng lỗi: {lines}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>The unfinished import was discarded.</source>
            <translation>Đã bỏ lần nhập chưa xong.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>UTF-8 for Excel, LibreOffice and Google Sheets. The members file can be imported again, balances included.</source>
            <translation>UTF-8, mở được bằng Excel, LibreOffice và Google Sheets. Tệp thành viên có thể nhập lại, kèm cả số dư.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Written: {path} (rows: {rows}).</source>
            <translation>Đã ghi: {path} ({rows} dòng).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>{file} ({encoding}, separator “{sep}”)</source>
            <translation>{file} ({encoding}, dấu phân cách “{sep}”)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Card</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line {line} · {name}</source>
            <translation>Dòng {line} · {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Opening balances</source>
            <translation>Số dư ban đầu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Problems and notes</source>
            <translation>Lỗi và ghi chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>blocked</source>
            <translation>bị khóa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>new card</source>
            <translation>thẻ mới</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>Items</source>
            <translation>Món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>{item} · usual</source>
            <translation>{item} · món quen</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/language_box.py" />
            <source>Computer’s language ({language})</source>
            <translation>Ngôn ngữ của máy tính ({language})</translation>
        </message>
    </context>
    <context>
        <name>Liability</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Adjusted</source>
            <translation>Điều chỉnh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>All programs</source>
            <translation>Tất cả chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>At the start of {period}: {opening}</source>
            <translation>Đầu kỳ {period}: {opening}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Closing</source>
            <translation>Cuối kỳ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Expired</source>
            <translation>Hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Gift cards</source>
            <translation>Thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>In money</source>
            <translation>Quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Issued</source>
            <translation>Đã phát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>No point value is set for these points: they have no money value here.</source>
            <translation>Chưa đặt giá trị mỗi điểm cho loại điểm này: ở đây điểm không quy ra tiền.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>No programs and no gift cards yet.</source>
            <translation>Chưa có chương trình hay thẻ quà tặng nào.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Opening</source>
            <translation>Đầu kỳ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Opening + issued − redeemed − expired + refunded + adjusted = closing. Refunded and adjusted are signed (+ back to customers, − taken back). Points are valued at their point value, pass uses at price ÷ uses (rounded down), ready rewards at a fixed amount off; lines without a money value are not in the total.</source>
            <translation>Đầu kỳ + đã phát − đã dùng − hết hạn + hoàn tiền + điều chỉnh = cuối kỳ. Hoàn tiền và điều chỉnh có dấu (+ trả lại cho khách, − thu hồi). Điểm tính theo giá trị mỗi điểm, lượt gói theo giá ÷ số lượt (làm tròn xuống), phần thưởng sẵn sàng theo mức giảm số tiền cố định; các dòng không quy ra tiền không tính vào tổng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Owed in money at the end of {day}: {closing}</source>
            <translation>Còn nợ khách cuối ngày {day}, quy ra tiền: {closing}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Owed without a money value (not in the totals): {lines}</source>
            <translation>Còn nợ nhưng không quy ra tiền (không tính vào tổng): {lines}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Points</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Redeemed</source>
            <translation>Đã dùng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Refunded</source>
            <translation>Hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Rewards in money</source>
            <translation>Phần thưởng quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Rewards ready</source>
            <translation>Phần thưởng sẵn sàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Stamps</source>
            <translation>Dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Stamps on unfinished cards are not owed yet and have no money value.</source>
            <translation>Dấu trên thẻ chưa đủ dấu chưa phải khoản nợ và không quy ra tiền.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Store credit</source>
            <translation>Tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>The pass has no price: its uses have no money value.</source>
            <translation>Gói chưa có giá: các lượt không quy ra tiền.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>The reward is a free item or a percentage off: no fixed money value. Stamps on unfinished cards are not owed yet.</source>
            <translation>Phần thưởng là tặng món hoặc giảm theo %: không có giá trị tiền cố định. Dấu trên thẻ chưa đủ dấu chưa phải khoản nợ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Total in money</source>
            <translation>Tổng quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Uses</source>
            <translation>Số lượt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>prepaid pass</source>
            <translation>gói trả trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>punch card</source>
            <translation>thẻ tích dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>store credit</source>
            <translation>tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>{program} ({kind})</source>
            <translation>{program} ({kind})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>%n coupon(s) to use: Space on it under Apply.</source>
            <translation>
                <numerusform>%n phiếu giảm giá dùng được: chọn ở mục Áp dụng rồi nhấn Space.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>&amp;Open {other}, drop the visit</source>
            <translation>&amp;Mở {other}, bỏ lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Another member's card</source>
            <translation>Thẻ của thành viên khác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Card {code} was a duplicate's, merged into {name}.</source>
            <translation>Thẻ {code} thuộc một hội viên trùng, đã được gộp vào {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Cards</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Confirm visit</source>
            <translation>Xác nhận lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Coupon code</source>
            <translation>Mã giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Edit</source>
            <translation>Sửa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Edit member…</source>
            <translation>Sửa thành viên…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Enroll</source>
            <translation>Đăng ký</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>F3: Enroll new member</source>
            <translation>F3: Đăng ký thành viên mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>F3: Enroll with this card</source>
            <translation>F3: Đăng ký bằng thẻ này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Find member (F2)</source>
            <translation>Tìm thành viên (F2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Keep the visit (Enter)</source>
            <translation>Giữ lượt ghé (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Kept the visit of {name}: confirm it (Enter), then scan the next card.</source>
            <translation>Đã giữ lượt ghé của {name}: xác nhận (Enter), rồi quét thẻ tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Loyalty POS — {shop}</source>
            <translation>Loyalty POS — {shop}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Next</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Next customer</source>
            <translation>Khách tiếp theo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation>Khách tiếp theo: quét thẻ hoặc tìm kiếm (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>No reward is ready for {name}.</source>
            <translation>{name} chưa có phần thưởng nào.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Nobody found for “{text}”.</source>
            <translation>Không tìm thấy ai với “{text}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Notes saved.</source>
            <translation>Đã lưu ghi chú.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Open a member first (scan or F2).</source>
            <translation>Mở một thành viên trước (quét thẻ hoặc F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Open {other} and drop that visit (the amount, items and rewards entered)?</source>
            <translation>Mở {other} và bỏ lượt ghé đó (số tiền, món và phần thưởng đã nhập)?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Opened {name}.</source>
            <translation>Đã mở {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Programs…</source>
            <translation>Chương trình…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Ready. Scan a card, or search by name or phone (F2).</source>
            <translation>Sẵn sàng. Quét thẻ, hoặc tìm theo tên hay số điện thoại (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Ready: {rewards}.</source>
            <translation>Thưởng sẵn sàng: {rewards}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Redeem</source>
            <translation>Đổi quà</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Redeem reward</source>
            <translation>Đổi phần thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Redeem: {reward}. Press Enter to confirm.</source>
            <translation>Đổi thưởng: {reward}. Nhấn Enter để xác nhận.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Refund</source>
            <translation>Hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Refund…</source>
            <translation>Hoàn tiền…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Rewards</source>
            <translation>Thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Rewards set-up…</source>
            <translation>Thiết lập thưởng…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Save notes</source>
            <translation>Lưu ghi chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Scanner trouble: type the card number and press Enter. Restart to retry.</source>
            <translation>Máy quét gặp sự cố: nhập số thẻ rồi nhấn Enter. Khởi động lại để thử lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Search</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>The visit of {name} is not confirmed yet.</source>
            <translation>Lượt ghé của {name} chưa được xác nhận.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Usual: {item}.</source>
            <translation>Món quen: {item}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Void</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Void visit…</source>
            <translation>Hủy lượt ghé…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>{name} is open already: the visit goes on.</source>
            <translation>{name} đang mở sẵn: tiếp tục lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>{n} × {reward}</source>
            <translation>{n} × {reward}</translation>
        </message>
    </context>
    <context>
        <name>MemberAllowanceRow</name>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Back to the default</source>
            <translation>Trở về mức mặc định</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Set as their own</source>
            <translation>Đặt làm hạn mức riêng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>The shop's default ({default}), as for every member.</source>
            <translation>Mức mặc định của cửa hàng ({default}), như mọi thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Their own amount (the shop's default is {default}).</source>
            <translation>Hạn mức riêng (mức mặc định của cửa hàng là {default}).</translation>
        </message>
    </context>
    <context>
        <name>MemberDataDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;1 Consent register</source>
            <translation>&amp;1 Sổ ghi nhận đồng ý</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;2 A member: export, erase, merge</source>
            <translation>&amp;2 Một hội viên: xuất, xóa, gộp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Export the register (CSV)…</source>
            <translation>&amp;Xuất sổ (CSV)…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Merge the duplicate into this member…</source>
            <translation>&amp;Gộp hội viên trùng vào hội viên này…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Who</source>
            <translation>&amp;Ai</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Access</source>
            <translation>Truy cập</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Answer</source>
            <translation>Trả lời</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Card</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Card number, or a name or phone</source>
            <translation>Số thẻ, hoặc tên hay số điện thoại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Duplicate</source>
            <translation>Trùng lặp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>E&amp;rase their personal data…</source>
            <translation>X&amp;óa dữ liệu cá nhân…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>E&amp;xport all their data (JSON and CSV)…</source>
            <translation>Xuất &amp;mọi dữ liệu (JSON và CSV)…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erased. Backups taken before keep the data until they rotate out.</source>
            <translation>Đã xóa. Các bản sao lưu trước đó vẫn giữ dữ liệu cho đến khi được xoay vòng loại bỏ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erasure</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Every answer to the consent question, newest first: nothing is overwritten. A channel never asked counts as no.</source>
            <translation>Mọi câu trả lời cho câu hỏi đồng ý, mới nhất trước: không ghi đè gì. Kênh chưa từng được hỏi được tính là không.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Find (Enter)</source>
            <translation>Tìm (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>JSON files (*.json)</source>
            <translation>Tệp JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Member</source>
            <translation>Hội viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Members' data</source>
            <translation>Dữ liệu hội viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Merge members</source>
            <translation>Gộp hội viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Merge {other} (card {other_card}) into {keep} (card {keep_card})? Their balances, coupons and consents move to {keep}; this cannot be undone.</source>
            <translation>Gộp {other} (thẻ {other_card}) vào {keep} (thẻ {keep_card})? Số dư, phiếu giảm giá và đồng ý sẽ chuyển sang {keep}; không thể hoàn tác.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Nobody chosen yet.</source>
            <translation>Chưa chọn ai.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>O&amp;ffline allowance</source>
            <translation>Hạn mức &amp;ngoại tuyến</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Recorded by</source>
            <translation>Người ghi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>The duplicate's card number</source>
            <translation>Số thẻ của hội viên trùng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Wording</source>
            <translation>Phiên bản nội dung</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Written: {path} ({rows} rows).</source>
            <translation>Đã ghi: {path} ({rows} dòng).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Written: {path} and {summary}.</source>
            <translation>Đã ghi: {path} và {summary}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>duplicate of member #{id}</source>
            <translation>trùng với hội viên #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>e-mail</source>
            <translation>email</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>post</source>
            <translation>bưu điện</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>{name} (member #{id}, card {card})</source>
            <translation>{name} (hội viên #{id}, thẻ {card})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>{other} was merged into {keep}.</source>
            <translation>Đã gộp {other} vào {keep}.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Approved by the owner: {why}.</source>
            <translation>Chủ cửa hàng đã duyệt: {why}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>No visit to void: open a member with visits first.</source>
            <translation>Không có lượt ghé nào để hủy: hãy mở một thành viên đã có lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Open a member first (scan or F2), then F4 to edit.</source>
            <translation>Mở một thành viên trước (quét thẻ hoặc F2), rồi nhấn F4 để sửa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Saved the details of {name}.</source>
            <translation>Đã lưu thông tin của {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>The owner's PIN is needed: {why}.</source>
            <translation>Cần mã PIN của chủ cửa hàng: {why}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Visit voided: {reason}</source>
            <translation>Đã hủy lượt ghé: {reason}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Welcome, {name}! Card {card}.</source>
            <translation>Chào mừng {name}! Thẻ số {card}.</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>%n stamp(s) expire by {date}</source>
            <translation>
                <numerusform>%n dấu hết hạn trước {date}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Birthday: {date}</source>
            <translation>Ngày sinh: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Card {card}
member since {since}</source>
            <translation>Thẻ {card}
thành viên từ {since}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>E-mail: {email}</source>
            <translation>Email: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Last visits</source>
            <translation>Lượt ghé gần đây</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No phone or e-mail.</source>
            <translation>Chưa có số điện thoại hay email.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No punch cards yet.</source>
            <translation>Chưa có thẻ tích dấu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No visits yet.</source>
            <translation>Chưa có lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes about this member</source>
            <translation>Ghi chú về thành viên này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Phone: {phone}</source>
            <translation>Điện thoại: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Refund… (F7)</source>
            <translation>Hoàn tiền… (F7)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lưu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Scan a card, or search by name or phone (F2).</source>
            <translation>Quét thẻ, hoặc tìm theo tên hay số điện thoại (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Tier</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Void… (F8)</source>
            <translation>Hủy… (F8)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>When</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Card {card} · member since {since}</source>
            <translation type="vanished">Thẻ {card} · thành viên từ {since}</translation>
        </message>
        <message>
            <source>{n} stamps expire by {date}</source>
            <translation type="vanished">{n} dấu hết hạn trước {date}</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>0–100: the mean of reach (active members ÷ the members enrolled by the end of the period and those active in it who enrolled later), repurchase rate and retention rate.</source>
            <translation>0–100: trung bình của độ phủ (thành viên hoạt động ÷ số thành viên đã đăng ký đến cuối kỳ, cộng những người hoạt động trong kỳ nhưng đăng ký sau đó), tỷ lệ mua lại và tỷ lệ giữ chân.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>1 − retention rate.</source>
            <translation>1 − tỷ lệ giữ chân.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Active members</source>
            <translation>Thành viên hoạt động</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Amounts charged to members in the period, after discounts, less what was refunded on those visits (a refund counts in the period of its visit).</source>
            <translation>Số tiền đã thu của thành viên trong kỳ, sau giảm giá, trừ phần đã hoàn tiền của các lượt ghé đó (khoản hoàn tính vào kỳ của lượt ghé).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Average spend</source>
            <translation>Chi tiêu trung bình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Churn rate</source>
            <translation>Tỷ lệ rời bỏ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Confirmed member visits in the period. Voided visits and visits refunded in full do not count.</source>
            <translation>Lượt ghé đã xác nhận của thành viên trong kỳ. Không tính lượt ghé đã hủy hoặc đã hoàn tiền toàn bộ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Customer lifetime value</source>
            <translation>Giá trị vòng đời khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Engagement index</source>
            <translation>Chỉ số gắn kết</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Estimate: sales per customer in the period × expected number of periods a member stays (1 ÷ churn rate), at most 5 years' worth.</source>
            <translation>Ước tính: doanh thu mỗi khách trong kỳ × số kỳ dự kiến một thành viên còn gắn bó (1 ÷ tỷ lệ rời bỏ), tối đa tương đương 5 năm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members enrolled in the period.</source>
            <translation>Thành viên đăng ký trong kỳ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with at least one visit in the period, whenever they enrolled (imported visits count too).</source>
            <translation>Thành viên có ít nhất một lượt ghé trong kỳ, bất kể đăng ký khi nào (tính cả lượt ghé được nhập từ tệp).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with two or more visits in the period ÷ active members.</source>
            <translation>Thành viên có từ hai lượt ghé trở lên trong kỳ ÷ thành viên hoạt động.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Net promoter score: % of scores 9–10 minus % of scores 0–6 over the feedback given in the period, rounded to a whole number (−100 to 100).</source>
            <translation>Chỉ số NPS (Net Promoter Score): % điểm 9–10 trừ % điểm 0–6 trong các đánh giá của kỳ, làm tròn thành số nguyên (−100 đến 100).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>New members</source>
            <translation>Thành viên mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Of the members active in the previous period of the same length, the share active again in this one.</source>
            <translation>Trong số thành viên hoạt động ở kỳ trước (cùng độ dài), tỷ lệ người tiếp tục hoạt động ở kỳ này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Outstanding liability</source>
            <translation>Giá trị còn nợ thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch cards completed in the period (visits not voided).</source>
            <translation>Số thẻ tích dấu đã đủ dấu trong kỳ (không tính lượt ghé đã hủy).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch-card completion</source>
            <translation>Tỷ lệ đủ dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Redemption rate</source>
            <translation>Tỷ lệ đổi thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Repurchase rate</source>
            <translation>Tỷ lệ mua lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Retention rate</source>
            <translation>Tỷ lệ giữ chân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards given to members in the period: punch-card and points rewards.</source>
            <translation>Phần thưởng đã trao cho thành viên trong kỳ: thưởng thẻ tích dấu và thưởng đổi điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards issued</source>
            <translation>Thưởng đã phát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed</source>
            <translation>Thưởng đã đổi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed ÷ rewards issued in the period; above 100 % when older rewards were redeemed.</source>
            <translation>Thưởng đã đổi ÷ thưởng đã phát trong kỳ; vượt 100 % khi có thưởng từ kỳ trước được đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales</source>
            <translation>Doanh thu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales per customer</source>
            <translation>Doanh thu mỗi khách</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ active members.</source>
            <translation>Doanh thu ÷ thành viên hoạt động.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ visits.</source>
            <translation>Doanh thu ÷ lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who bought items of more than one category in the period (needs items rung up at checkout).</source>
            <translation>Tỷ lệ thành viên hoạt động đã mua món thuộc từ hai nhóm trở lên trong kỳ (cần nhập món khi thanh toán).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who completed at least one punch card.</source>
            <translation>Tỷ lệ thành viên hoạt động đã làm đủ dấu ít nhất một thẻ tích dấu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Upsell rate</source>
            <translation>Tỷ lệ bán thêm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Visits</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>What members could claim today, in money: points (at the value of the most generous reward per point), store credit, prepaid pass uses, gift-card balances and ready punch-card rewards that are a fixed amount off. Free-item and percent rewards are counted but have no money value.</source>
            <translation>Giá trị thành viên có thể đòi hôm nay, quy ra tiền: điểm (theo giá trị mỗi điểm của phần thưởng có lợi nhất), tiền ví, lượt gói trả trước, số dư thẻ quà tặng và phần thưởng thẻ tích dấu sẵn sàng dạng giảm số tiền. Thưởng tặng món và giảm theo % được đếm nhưng không quy ra tiền.</translation>
        </message>
        <message>
            <source>0–100: the mean of reach (active members ÷ all members enrolled by the end of the period), repurchase rate and retention rate.</source>
            <translation type="vanished">0–100: trung bình của độ phủ (thành viên hoạt động ÷ tổng thành viên đã đăng ký đến cuối kỳ), tỷ lệ mua lại và tỷ lệ giữ chân.</translation>
        </message>
        <message>
            <source>Members with at least one visit in the period.</source>
            <translation type="vanished">Thành viên có ít nhất một lượt ghé trong kỳ.</translation>
        </message>
        <message>
            <source>liability</source>
            <translation type="vanished">giá trị còn nợ</translation>
        </message>
        <message>
            <source>nps</source>
            <translation type="vanished">chỉ số NPS</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>New PIN</source>
            <translation>Mã PIN mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Once more</source>
            <translation>Nhập lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>Hai mã PIN không khớp. Nhập cùng một mã PIN hai lần.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source> · until {date}</source>
            <translation> · đến {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Coupon {name}: {terms}{until}</source>
            <translation>Phiếu giảm giá {name}: {terms}{until}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Pay with {name}: {points} = {value}</source>
            <translation>Trả bằng {name}: {points} = {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Rewards and payments to apply</source>
            <translation>Thưởng và khoản thanh toán có thể áp dụng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {name}: {uses} uses for {price}</source>
            <translation>Bán {name}: {uses} lượt giá {price}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {tier} membership: {fee}</source>
            <translation>Bán gói hội viên {tier}: {fee}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Store credit: {part} of {amount}</source>
            <translation>Tiền ví: dùng {part} / {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use one {name} ({left} left)</source>
            <translation>Dùng 1 lượt {name} (còn {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use store credit: {amount}</source>
            <translation>Dùng tiền ví: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{name}: {part} of {points} = {value}</source>
            <translation>{name}: dùng {part} / {points} = {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {cost} points</source>
            <translation>{reward} · {cost} điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {program} ({n} ready)</source>
            <translation>{reward} · {program} (có {n})</translation>
        </message>
    </context>
    <context>
        <name>OfflineCounter</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n điểm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n reward(s) ready</source>
            <translation>
                <numerusform>%n phần thưởng sẵn sàng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n dấu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n use(s) left</source>
            <translation>
                <numerusform>còn %n lượt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Amount paid</source>
            <translation>Số tiền đã trả</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Amount paid ({sign})</source>
            <translation>Số tiền đã trả ({sign})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Balances as of the last sync ({when}): possibly out of date.</source>
            <translation>Số dư tính đến lần đồng bộ gần nhất ({when}): có thể đã cũ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Card {card}</source>
            <translation>Thẻ {card}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Enter: queue the visit
Esc: next customer
F2: search
F5: full counter</source>
            <translation>Enter: xếp hàng lượt mua
Esc: khách tiếp theo
F2: tìm kiếm
F5: quầy đầy đủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>F5: Full counter</source>
            <translation>F5: Quầy đầy đủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Find member in the copy (F2)</source>
            <translation>Tìm thành viên trong bản sao (F2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Loyalty POS — {shop} — offline</source>
            <translation>Loyalty POS — {shop} — ngoại tuyến</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation>Khách tiếp theo: quét thẻ hoặc tìm kiếm (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>No balances yet.</source>
            <translation>Chưa có số dư.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>No member open</source>
            <translation>Chưa mở thành viên nào</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Nobody named “{text}” in the till's copy of the member list.</source>
            <translation>Không có ai tên “{text}” trong bản sao danh sách thành viên của quầy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Offline: the shop's server cannot be reached. Only visits that earn are taken; they are queued and sent when it is back. The member list is as of {when} and may be out of date.</source>
            <translation>Ngoại tuyến: không kết nối được máy chủ của cửa hàng. Chỉ nhận các lượt mua tích lũy; chúng được xếp hàng và gửi đi khi máy chủ hoạt động lại. Danh sách thành viên tính đến {when} và có thể đã cũ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Open a member first: scan a card or search (F2).</source>
            <translation>Hãy mở một thành viên trước: quét thẻ hoặc tìm kiếm (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Opened {name} from the till's copy. Type the amount paid, then Enter.</source>
            <translation>Đã mở {name} từ bản sao của quầy. Nhập số tiền đã trả rồi nhấn Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Queued: {amount} for {name} ({n} waiting). Its points and stamps are added when the server is back.</source>
            <translation>Đã xếp hàng: {amount} cho {name} ({n} đang chờ). Điểm và dấu sẽ được cộng khi máy chủ hoạt động lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Scan a card, or search by name (F2).</source>
            <translation>Quét thẻ hoặc tìm theo tên (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Scan a card, or search by name (F2). Enter queues the visit.</source>
            <translation>Quét thẻ hoặc tìm theo tên (F2). Enter để xếp hàng lượt mua.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Store credit used</source>
            <translation>Tín dụng cửa hàng đã dùng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server cannot be reached, and this till has no copy of the member list yet (it is made while the server answers). Try again when the network is back.</source>
            <translation>Không kết nối được máy chủ của cửa hàng, và quầy này chưa có bản sao danh sách thành viên (bản sao được tạo khi máy chủ phản hồi). Hãy thử lại khi mạng hoạt động lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The shop's server is back. Queue this visit (Enter) or press F5: the full counter opens.</source>
            <translation>Máy chủ của cửa hàng đã hoạt động lại. Xếp hàng lượt mua này (Enter) hoặc nhấn F5: quầy đầy đủ sẽ mở ra.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server is back: %n queued visit(s) sent. Scan the next card.</source>
            <translation>
                <numerusform>Máy chủ của cửa hàng đã hoạt động lại: đã gửi %n lượt mua đang chờ. Hãy quét thẻ tiếp theo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The shop's server is still away; trying every 15 s.</source>
            <translation>Máy chủ của cửa hàng vẫn chưa kết nối được; thử lại mỗi 15 giây.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The visit of {name} is not queued yet: press Enter to queue it, or Esc to drop it, then scan again.</source>
            <translation>Lượt mua của {name} chưa được xếp hàng: nhấn Enter để xếp hàng, hoặc Esc để bỏ, rồi quét lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Type the amount paid, then press Enter.</source>
            <translation>Nhập số tiền đã trả rồi nhấn Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>the shop</source>
            <translation>cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>{card}: stamps earned</source>
            <translation>{card}: số dấu nhận được</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>{program}: {balance}</source>
            <translation>{program}: {balance}</translation>
        </message>
        <message>
            <source>Amount paid ({sign}) — Enter queues the visit</source>
            <translation type="vanished">Số tiền đã trả ({sign}) — Enter để xếp hàng lượt mua</translation>
        </message>
        <message>
            <source>Store credit used (only within the offline allowance)</source>
            <translation type="vanished">Tín dụng cửa hàng đã dùng (chỉ trong hạn mức ngoại tuyến)</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Details are in {log}</source>
            <translation>Chi tiết có trong {log}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Not done</source>
            <translation>Chưa thực hiện</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+1 stamp · {program} {progress}</source>
            <translation>+1 dấu · {program} {progress}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+{n} stamps · {program} {progress}</source>
            <translation>+{n} dấu · {program} {progress}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Card complete! Reward ready: {reward}</source>
            <translation>Đủ dấu! Có thưởng: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Cash due {amount}</source>
            <translation>Cần thu {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Coupon for the next visit: {code}</source>
            <translation>Phiếu giảm giá cho lần sau: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Daily limit: only {added} of {requested} stamps given · {program}</source>
            <translation>Giới hạn mỗi ngày: chỉ đóng {added}/{requested} dấu · {program}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Daily points limit reached: fewer points given.</source>
            <translation>Đã chạm giới hạn điểm mỗi ngày: cộng ít điểm hơn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>GIVE: {reward}</source>
            <translation>TẶNG: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Now {tier}!</source>
            <translation>Lên hạng {tier}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>This visit was already confirmed. Nothing was added again.</source>
            <translation>Lượt ghé này đã được xác nhận. Không cộng thêm lần nữa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Visit confirmed.</source>
            <translation>Đã xác nhận lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>discount {amount}</source>
            <translation>giảm {amount}</translation>
        </message>
    </context>
    <context>
        <name>OwnerActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>1  Staff and PINs</source>
            <translation>1  Nhân viên và mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>2  Settings</source>
            <translation>2  Cài đặt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>3  Reports</source>
            <translation>3  Báo cáo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>4  Programs</source>
            <translation>4  Chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>5  Backups and restore</source>
            <translation>5  Sao lưu và khôi phục</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>6  Import and export</source>
            <translation>6  Nhập và xuất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>7  Audit trail</source>
            <translation>7  Nhật ký thao tác</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>8  Members' data: consents, export, erase, merge</source>
            <translation>8  Dữ liệu hội viên: đồng ý, xuất, xóa, gộp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Ask for feedback</source>
            <translation>Xin đánh giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>At the till: {name} (F11 to switch)</source>
            <translation>Đang đứng quầy: {name} (F11 để đổi)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Backup restored: {members} members, {visits} visits.</source>
            <translation>Đã khôi phục bản sao lưu: {members} thành viên, {visits} lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>F6: Ask for feedback</source>
            <translation>F6: Xin đánh giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Feedback</source>
            <translation>Đánh giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Feedback is asked right after a confirmed visit.</source>
            <translation>Chỉ xin đánh giá ngay sau khi xác nhận lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner</source>
            <translation>Chủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner screens</source>
            <translation>Màn hình quản lý</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Owner…</source>
            <translation>Quản lý…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Reports…</source>
            <translation>Báo cáo…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Switch cashier…</source>
            <translation>Đổi thu ngân…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Thank you! Score {score} saved.</source>
            <translation>Cảm ơn! Đã lưu điểm {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>{name} is at the till now.</source>
            <translation>{name} đang đứng quầy.</translation>
        </message>
    </context>
    <context>
        <name>OwnerApproval</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Gift card of {amount} ({words}), above the limit of {limit}. Owner's PIN:</source>
            <translation>Thẻ quà tặng {amount} ({words}), vượt hạn mức {limit}. Mã PIN của chủ:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Owner approval</source>
            <translation>Chủ cửa hàng phê duyệt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Void visit {visit}: {why}. Owner's PIN:</source>
            <translation>Hủy lượt ghé {visit}: {why}. Mã PIN của chủ:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>it charged {amount}, above the owner's limit of {limit}</source>
            <translation>đã thu {amount}, vượt hạn mức {limit} của chủ cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>the visit is from {date}, an earlier day</source>
            <translation>lượt ghé vào ngày {date}, trước hôm nay</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>{name}, choose an owner's PIN of 6 to 8 digits (cashiers must not know it).</source>
            <translation>{name}, hãy chọn mã PIN chủ cửa hàng 6 đến 8 chữ số (không cho thu ngân biết).</translation>
        </message>
        <message>
            <source>{name}, choose an owner's PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="vanished">{name}, hãy chọn mã PIN chủ cửa hàng 4 đến 8 chữ số (không cho thu ngân biết).</translation>
        </message>
    </context>
    <context>
        <name>OwnerGate</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Choose now</source>
            <translation>Chọn ngay</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Later</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner PIN</source>
            <translation>Mã PIN chủ cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner only</source>
            <translation>Chỉ dành cho chủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of {min} to {max} digits (cashiers must not know it).</source>
            <translation>Từ nay màn hình quản lý được bảo vệ bằng mã PIN. {name}, hãy chọn mã PIN {min} đến {max} chữ số (không cho thu ngân biết).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>This is for the owner. Owner's PIN:</source>
            <translation>Phần này dành cho chủ cửa hàng. Mã PIN của chủ:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Wrong PINs</source>
            <translation>Nhập sai mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Wrong PINs for {name} since your last sign-in: {count}.</source>
            <translation>Số lần nhập sai mã PIN của {name} từ lần đăng nhập trước của bạn: {count}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Your owner PIN is shorter than {min} digits, easy to guess by trying. Choose a PIN of {min} to {max} digits now?</source>
            <translation>Mã PIN chủ cửa hàng của bạn ngắn hơn {min} chữ số, dễ bị đoán thử. Chọn mã PIN {min} đến {max} chữ số ngay bây giờ?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}'s PIN is locked until an owner unlocks it on the staff screen.</source>
            <translation>Mã PIN của {name} bị khóa đến khi chủ cửa hàng mở khóa ở màn hình Nhân viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}'s PIN is locked until {time}.</source>
            <translation>Mã PIN của {name} bị khóa đến {time}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}, choose a PIN of {min} to {max} digits (cashiers must not know it).</source>
            <translation>{name}, hãy chọn mã PIN {min} đến {max} chữ số (không cho thu ngân biết).</translation>
        </message>
        <message>
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="vanished">Từ nay màn hình quản lý được bảo vệ bằng mã PIN. {name}, hãy chọn mã PIN 4 đến 8 chữ số (không cho thu ngân biết).</translation>
        </message>
    </context>
    <context>
        <name>PartDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>Enter: use this · Esc: cancel</source>
            <translation>Enter: dùng số này · Esc: hủy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How many {name}?</source>
            <translation>Dùng bao nhiêu {name}?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much from the gift card?</source>
            <translation>Dùng bao nhiêu từ thẻ quà tặng?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much store credit?</source>
            <translation>Dùng bao nhiêu tiền ví?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>How much?</source>
            <translation>Bao nhiêu?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>all it needs</source>
            <translation>đủ cho hóa đơn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>{held} · empty: as much as the bill needs</source>
            <translation>{held} · để trống: dùng đủ cho hóa đơn</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>A number of points cannot be negative.</source>
            <translation>Số điểm không được âm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Has {n} points (worth {value})</source>
            <translation>Có {n} điểm (trị giá {value})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Holds {amount}</source>
            <translation>Có {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {name}.</source>
            <translation>{name} không còn gì để thanh toán.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {what}.</source>
            <translation>{what} không còn gì để thanh toán.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Only {owed} is still owed: use at most that from {what}.</source>
            <translation>Chỉ còn phải trả {owed}: dùng tối đa số đó từ {what}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The gift card holds only {held}.</source>
            <translation>Thẻ quà tặng chỉ còn {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} in store credit.</source>
            <translation>Ví của thành viên chỉ còn {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} {name}.</source>
            <translation>Thành viên chỉ còn {held} {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The rest of the bill needs only {n} {name}: type at most that.</source>
            <translation>Phần còn lại của hóa đơn chỉ cần {n} {name}: nhập tối đa số đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Type more than zero, or leave it empty for as much as the bill needs.</source>
            <translation>Nhập số lớn hơn 0, hoặc để trống để dùng đủ cho hóa đơn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>store credit</source>
            <translation>tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>the gift card</source>
            <translation>thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>“{text}” is not a whole number of points.</source>
            <translation>“{text}” không phải số điểm nguyên.</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>A scan is not a PIN and was not counted as a try. Type the PIN.</source>
            <translation>Mã quét không phải mã PIN và không bị tính là một lần thử. Hãy nhập mã PIN.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>OK (Enter)</source>
            <translation>Đồng ý (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation>Mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Who</source>
            <translation>Ai</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Lost card…</source>
            <translation>&amp;Mất thẻ…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Print</source>
            <translation>&amp;In</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Card design…</source>
            <translation>Mẫu thẻ…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Card {old} is replaced by card {new}.</source>
            <translation>Thẻ {old} đã được thay bằng thẻ {new}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Ctrl+P: Print the new card</source>
            <translation>Ctrl+P: In thẻ mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Lost card</source>
            <translation>Mất thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Lost card: replace…</source>
            <translation>Mất thẻ: thay thẻ…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No (Esc)</source>
            <translation>Không (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No visit to print a slip for yet.</source>
            <translation>Chưa có lượt ghé nào để in biên nhận.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open a member first (scan or F2), then Ctrl+P.</source>
            <translation>Mở một thành viên trước (quét thẻ hoặc F2), rồi nhấn Ctrl+P.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open the member whose card was lost first.</source>
            <translation>Mở thành viên bị mất thẻ trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>PDF (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print (Ctrl+P)</source>
            <translation>In (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print cards…</source>
            <translation>In thẻ…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print slip for the last visit…</source>
            <translation>In biên nhận lượt ghé vừa rồi…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print this member's card…</source>
            <translation>In thẻ của thành viên này…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Replace card {card} of {name}? The old card will stop working; stamps and rewards stay with the member.</source>
            <translation>Thay thẻ {card} của {name}? Thẻ cũ sẽ ngừng hoạt động; dấu và phần thưởng vẫn giữ nguyên cho thành viên.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Save slip as PDF</source>
            <translation>Lưu biên nhận thành PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Save slip as PDF…</source>
            <translation>Lưu biên nhận thành PDF…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip printed.</source>
            <translation>Đã in biên nhận.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip saved as PDF.</source>
            <translation>Đã lưu biên nhận thành PDF.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Yes, new card (Enter)</source>
            <translation>Đồng ý, cấp thẻ mới (Enter)</translation>
        </message>
        <message>
            <source>Lost card…</source>
            <translation type="vanished">Mất thẻ…</translation>
        </message>
    </context>
    <context>
        <name>PrintCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>&amp;Paper:</source>
            <translation>&amp;Khổ giấy:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Add → (Enter)</source>
            <translation>Thêm → (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>All members ({n})</source>
            <translation>Tất cả thành viên ({n})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen members</source>
            <translation>Thành viên đã chọn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen:</source>
            <translation>Đã chọn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Members I choose:</source>
            <translation>Thành viên tự chọn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>New blank cards, pre-numbered:</source>
            <translation>Thẻ trắng mới, đánh số sẵn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No cards to print: choose members first.</source>
            <translation>Không có thẻ để in: hãy chọn thành viên trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No member is open</source>
            <translation>Chưa mở thành viên nào</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Xem trước…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print member cards</source>
            <translation>In thẻ thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation>In… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Reserved {n} new card numbers, {first} … {last}.</source>
            <translation>Đã dành {n} số thẻ mới, {first} … {last}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation>Lưu thành PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save cards as PDF</source>
            <translation>Lưu thẻ thành PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Search by name, phone or card; Enter adds</source>
            <translation>Tìm theo tên, SĐT hoặc thẻ; Enter để thêm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{name}, card {card}</source>
            <translation>{name}, thẻ {card}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation>Đã lưu {n} thẻ vào {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation>Đã gửi {n} thẻ tới máy in.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>← Remove (Del)</source>
            <translation>← Bỏ (Del)</translation>
        </message>
        <message>
            <source>Add →</source>
            <translation type="vanished">Thêm →</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="vanished">Đóng</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation type="vanished">Xem trước…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation type="vanished">In…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="vanished">Lưu thành PDF…</translation>
        </message>
        <message>
            <source>← Remove</source>
            <translation type="vanished">← Bỏ</translation>
        </message>
    </context>
    <context>
        <name>PrintCodesDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;How many new codes:</source>
            <translation>&amp;Số mã mới:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;Paper:</source>
            <translation>&amp;Khổ giấy:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Could not save {path}: {error}</source>
            <translation>Không lưu được {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>How many</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Xem trước…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation>In… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation>Lưu thành PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation>Đã lưu {n} thẻ vào {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation>Đã gửi {n} thẻ tới máy in.</translation>
        </message>
    </context>
    <context>
        <name>PrintOutput</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>A4 sheet of ten, with cut marks</source>
            <translation>Tờ A4, 10 thẻ, có vạch cắt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>PDF (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>Single card, CR80 (card printers)</source>
            <translation>Từng thẻ, CR80 (máy in thẻ)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>US Letter sheet of ten, with cut marks</source>
            <translation>Tờ US Letter, 10 thẻ, có vạch cắt</translation>
        </message>
    </context>
    <context>
        <name>PrintedCard</name>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>Gift card {amount}</source>
            <translation>Thẻ quà tặng {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>for {name}</source>
            <translation>dành cho {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>from {amount}</source>
            <translation>cho đơn từ {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>until {date}</source>
            <translation>đến {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>valid until {date}</source>
            <translation>hạn dùng đến {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>{balance} left</source>
            <translation>còn {balance}</translation>
        </message>
    </context>
    <context>
        <name>ProgramsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> days</source>
            <translation> ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> stamps</source>
            <translation> dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Daily limit</source>
            <translation>Giới hạn mỗi &amp;ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Reward</source>
            <translation>&amp;Phần thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}”</source>
            <translation>Sửa “{name}”</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}” (switched off)</source>
            <translation>Sửa “{name}” (đã tắt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Fixed discount</source>
            <translation>Giảm số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Free item</source>
            <translation>Tặng món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) and can still redeem them at the counter.</source>
            <translation>Thành viên vẫn giữ phần thưởng sẵn sàng (tổng {held}, do {n} người giữ) và vẫn đổi được tại quầy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program</source>
            <translation>Chương trình mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program (Ctrl+N)</source>
            <translation>Chương trình mới (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>No member holds stamps or rewards on it.</source>
            <translation>Không thành viên nào có dấu hay phần thưởng trên thẻ này.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Percent discount</source>
            <translation>Giảm theo %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Programs</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Punch-card programs</source>
            <translation>Chương trình thẻ tích dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;kind</source>
            <translation>&amp;Loại thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;value</source>
            <translation>&amp;Giá trị thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lưu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps &amp;needed</source>
            <translation>&amp;Số dấu cần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps e&amp;xpire after</source>
            <translation>Dấu &amp;hết hạn sau</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps per &amp;item</source>
            <translation>Dấu &amp;mỗi món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation>Tắt (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation>Bật lại (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) stay on the members' panels, marked switched off, but get no new stamps.</source>
            <translation>Thẻ chưa đủ dấu (tổng {stamps} dấu, do {n} người giữ) vẫn hiện trên màn hình thành viên, ghi là đã tắt, nhưng không được đóng thêm dấu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>e.g. Free coffee</source>
            <translation>vd. Tặng 1 ly cà phê</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>never</source>
            <translation>không bao giờ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>no limit</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>{name} (off)</source>
            <translation>{name} (đã tắt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is on again: it gives stamps from the next visit.</source>
            <translation>Đã bật lại “{name}”: đóng dấu từ lượt ghé tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is switched off: it gives no new stamps from the next visit.</source>
            <translation>Đã tắt “{name}”: từ lượt ghé tiếp theo không đóng thêm dấu.</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation type="vanished">Lỗi không mong muốn, không có gì thay đổi: {error}</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="vanished">Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Amount</source>
            <translation>&amp;Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Reason *</source>
            <translation>&amp;Lý do *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Visit number</source>
            <translation>&amp;Mã lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>A scan can't be used here: nothing was refunded. Type the visit number and the amount, or Esc.</source>
            <translation>Ở đây không nhận mã quét: chưa hoàn tiền. Nhập mã lượt ghé và số tiền, hoặc nhấn Esc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Already used, can't be taken back: {what}</source>
            <translation>Đã dùng, không thu hồi được: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Amount to refund</source>
            <translation>Số tiền hoàn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back on gift card {code}: {amount}</source>
            <translation>Hoàn vào thẻ quà tặng {code}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back on the pass: {what}</source>
            <translation>Hoàn lại vào gói: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back to store credit: {amount}</source>
            <translation>Hoàn vào ví: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Empty: all that is left</source>
            <translation>Để trống: hoàn toàn bộ phần còn lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>FULL refund</source>
            <translation>Hoàn tiền TOÀN BỘ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gift card {code} is void or expired: its {amount} is paid in cash.</source>
            <translation>Thẻ quà tặng {code} đã vô hiệu hoặc hết hạn: phần {amount} được trả bằng tiền mặt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gives back: {what}</source>
            <translation>Trả lại: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Hand back in cash: {amount}</source>
            <translation>Trả lại tiền mặt: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>No points, credit or stamps change.</source>
            <translation>Điểm, tiền ví và dấu không thay đổi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Partial refund</source>
            <translation>Hoàn tiền một phần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Points paid with, back: {what}</source>
            <translation>Hoàn lại điểm đã dùng để trả: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund (Enter)</source>
            <translation>Hoàn tiền (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund a visit</source>
            <translation>Hoàn tiền lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refunded before: {amount}</source>
            <translation>Đã hoàn trước đó: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Required, e.g. returned, wrong size</source>
            <translation>Bắt buộc, vd. trả hàng, sai cỡ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Say why the visit is refunded.</source>
            <translation>Ghi lý do hoàn tiền lượt ghé.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Takes back: {what}</source>
            <translation>Thu hồi: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit number</source>
            <translation>Mã lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} refunded in full: {amount}.</source>
            <translation>Đã hoàn toàn bộ lượt ghé {id}: {amount}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} · {when} · {who} · charged {charged}</source>
            <translation>Lượt ghé {id} · {when} · {who} · đã thu {charged}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id}: {amount} refunded.</source>
            <translation>Lượt ghé {id}: đã hoàn {amount}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>no member</source>
            <translation>không có thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{amount} store credit</source>
            <translation>{amount} tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{kind}: {amount}</source>
            <translation>{kind}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} pass uses</source>
            <translation>{n} lượt gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} points</source>
            <translation>{n} điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} rewards</source>
            <translation>{n} phần thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} stamps</source>
            <translation>{n} dấu</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Cash or bank card for sales</source>
            <translation>Tiền bán hàng (tiền mặt hoặc thẻ ngân hàng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Comment</source>
            <translation>Góp ý</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Customer feedback</source>
            <translation>Đánh giá của khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Dashboard {period}</source>
            <translation>Tổng quan {period}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Definition</source>
            <translation>Định nghĩa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Discounts given</source>
            <translation>Giảm giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>End of day {day}</source>
            <translation>Cuối ngày {day}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Enrolled</source>
            <translation>Ngày đăng ký</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Figure</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Gift cards sold</source>
            <translation>Thẻ quà tặng đã bán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>In money</source>
            <translation>Quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Last visit</source>
            <translation>Ghé gần nhất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Member</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Monthly cohort retention</source>
            <translation>Tỷ lệ quay lại theo tháng đăng ký</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding</source>
            <translation>Còn lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding liability</source>
            <translation>Giá trị còn nợ thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Over time (by {unit})</source>
            <translation>Theo thời gian (theo {unit})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with gift cards</source>
            <translation>Trả bằng thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with points</source>
            <translation>Trả bằng điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with store credit</source>
            <translation>Trả bằng tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Previous period</source>
            <translation>Kỳ trước</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Program</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded as store credit</source>
            <translation>Hoàn vào ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded in cash</source>
            <translation>Hoàn bằng tiền mặt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded to gift cards</source>
            <translation>Hoàn vào thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunds</source>
            <translation>Lượt hoàn tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Returning</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rewards redeemed</source>
            <translation>Thưởng đã đổi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rung up</source>
            <translation>Tổng tiền hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rung up = discounts + points + store credit + gift cards + cash or bank card. To collect = cash or bank card for sales + gift cards sold − refunded in cash: count the drawer and add the card terminal's total.</source>
            <translation>Tổng tiền hàng = giảm giá + điểm + tiền ví + thẻ quà tặng + tiền mặt hoặc thẻ ngân hàng. Cần thu = tiền bán hàng (tiền mặt hoặc thẻ ngân hàng) + thẻ quà tặng đã bán − hoàn bằng tiền mặt: đếm két tiền rồi cộng tổng trên máy quẹt thẻ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Sales</source>
            <translation>Doanh thu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Share of each month's new members who visited in each month since.</source>
            <translation>Tỷ lệ thành viên mới của mỗi tháng đã quay lại trong từng tháng sau đó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Stamps</source>
            <translation>Dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>This period</source>
            <translation>Kỳ này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>To collect (cash and bank card)</source>
            <translation>Cần thu (tiền mặt và thẻ ngân hàng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Top members</source>
            <translation>Thành viên hàng đầu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Total</source>
            <translation>Tổng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visit</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visits</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Were regulars, not seen for 60 days (consented to contact)</source>
            <translation>Khách quen đã 60 ngày chưa quay lại (đồng ý nhận liên hệ)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>What</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>day</source>
            <translation>ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>gift cards</source>
            <translation>thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>month</source>
            <translation>tháng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>pass uses</source>
            <translation>lượt gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>ready rewards</source>
            <translation>phần thưởng sẵn sàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>store credit</source>
            <translation>tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>vs previous: {change}</source>
            <translation>so với kỳ trước: {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>week</source>
            <translation>tuần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{number} %</source>
            <translation>{number}%</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{number} pt</source>
            <comment>percentage points</comment>
            <translation>{number} điểm %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{n} more lapsed regulars did not consent to be contacted.</source>
            <translation>Còn {n} khách quen lâu chưa quay lại nhưng không đồng ý nhận liên hệ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation type="vanished">Thu ngân</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>By cashier</source>
            <translation>Theo thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>By till</source>
            <translation>Theo quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cannot write the file: {error}</source>
            <translation>Không ghi được tệp: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cohorts</source>
            <translation>Giữ chân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Custom</source>
            <translation>Tùy chọn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Dashboard</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Each row: the members who enrolled that month. Each column: the share of them who visited in the month that many months later (M0 = enrolment month).</source>
            <translation>Mỗi dòng: thành viên đăng ký trong tháng đó. Mỗi cột: tỷ lệ trong số họ có ghé vào tháng thứ bấy nhiêu sau đó (T0 = tháng đăng ký).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>End of day</source>
            <translation>Cuối ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export CSV… (Ctrl+E)</source>
            <translation>Xuất CSV… (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export PDF… (Ctrl+P)</source>
            <translation>Xuất PDF… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Feedback</source>
            <translation>Đánh giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Last 12 months</source>
            <translation>12 tháng qua</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Liability</source>
            <translation>Còn nợ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Lighter cells in italics: this month so far, not over yet.</source>
            <translation>Ô màu nhạt, chữ nghiêng: tháng này tính đến nay, chưa kết thúc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Monthly cohort retention</source>
            <translation>Tỷ lệ quay lại theo tháng đăng ký</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>NPS {nps} from {n} answers.</source>
            <translation>NPS {nps} từ {n} câu trả lời.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Show (Enter)</source>
            <translation>Xem (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>The last day of the chosen period, by cashier.</source>
            <translation>Ngày cuối của kỳ đã chọn, theo từng thu ngân.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This month</source>
            <translation>Tháng này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This week</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{n} lines without a money value</source>
            <translation>{n} dòng không quy ra tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{tab} ({key})</source>
            <translation>{tab} ({key})</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="vanished">Xuất CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="vanished">Xuất PDF…</translation>
        </message>
        <message>
            <source>Show</source>
            <translation type="vanished">Xem</translation>
        </message>
    </context>
    <context>
        <name>RewardActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>&amp;Rewards</source>
            <translation>&amp;Thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Correct this member's balance…</source>
            <translation>Điều chỉnh số dư thành viên…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Coupon offers…</source>
            <translation>Ưu đãi phiếu giảm giá…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Gift cards: sell or look up…</source>
            <translation>Thẻ quà tặng: bán hoặc tra cứu…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Nothing unusual today.</source>
            <translation>Hôm nay không có gì bất thường.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>OK (Enter)</source>
            <translation>Đồng ý (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Open the member whose balance is wrong first.</source>
            <translation>Mở thành viên có số dư sai trước.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Unusual activity</source>
            <translation>Hoạt động bất thường</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Unusual activity today…</source>
            <translation>Hoạt động bất thường hôm nay…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>{name}: {n} visits</source>
            <translation>{name}: {n} lượt ghé</translation>
        </message>
    </context>
    <context>
        <name>RewardsSetupDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Items</source>
            <translation>&amp;Món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Points</source>
            <translation>Đ&amp;iểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Rules</source>
            <translation>&amp;Quy tắc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Tiers</source>
            <translation>Hạ&amp;ng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>C&amp;atalogue</source>
            <translation>&amp;Danh mục</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Cr&amp;edit</source>
            <translation>Tiền &amp;ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pa&amp;sses</source>
            <translation>&amp;Gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pro&amp;motions</source>
            <translation>&amp;Khuyến mãi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Rewards set-up</source>
            <translation>Thiết lập thưởng</translation>
        </message>
    </context>
    <context>
        <name>ScanRoute</name>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>A scan can't be used here: nothing was changed. Close this window (Esc) to scan at the counter.</source>
            <translation>Ở đây không nhận mã quét: không có gì thay đổi. Đóng cửa sổ này (Esc) để quét ở quầy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>A scan can't be used in “{title}”: nothing was changed. Close it (Esc) to scan at the counter.</source>
            <translation>“{title}” không nhận mã quét: không có gì thay đổi. Đóng cửa sổ này (Esc) để quét ở quầy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation>Lỗi không mong muốn, không có gì thay đổi: {error}</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Branch {branch}</source>
            <translation>Chi nhánh {branch}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Till {till}</source>
            <translation>Quầy {till}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Which tills the reports count (Ctrl+T)</source>
            <translation>Báo cáo tính số liệu của những quầy nào (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Whole shop</source>
            <translation>Toàn cửa hàng</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Name, phone, e-mail or card number. Enter opens.</source>
            <translation>Tên, SĐT, email hoặc số thẻ. Nhấn Enter để mở.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Scan, or type a name…</source>
            <translation>Quét thẻ, hoặc nhập tên…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>(blocked)</source>
            <translation>(bị khóa)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>Search results</source>
            <translation>Kết quả tìm kiếm</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Gift card: owner above</source>
            <translation>&amp;Thẻ quà tặng: chủ duyệt trên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Text size</source>
            <translation>&amp;Cỡ chữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Void: owner above</source>
            <translation>&amp;Hủy lượt ghé: chủ duyệt trên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Window</source>
            <translation>Cửa &amp;sổ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>A gift card worth more needs the owner's PIN at the counter</source>
            <translation>Thẻ quà tặng trị giá cao hơn mức này cần mã PIN của chủ cửa hàng tại quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>A sound when a scan is taken or refused</source>
            <translation>Phát tiếng khi mã quét được nhận hoặc bị từ chối</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask customers for a 0–10 score after a visit</source>
            <translation>Xin khách chấm điểm 0–10 sau mỗi lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask for your loyalty card!</source>
            <translation>Hãy hỏi về thẻ thành viên!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>At the counter: Ctrl+Plus, Ctrl+Minus, Ctrl+0</source>
            <translation>Tại quầy: Ctrl+Plus, Ctrl+Minus, Ctrl+0</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>C&amp;olours</source>
            <translation>&amp;Màu sắc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>C&amp;ustomer screen</source>
            <translation>Màn hình &amp;khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Card number prefix</source>
            <translation>Đầu số thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Currency (ISO 4217)</source>
            <translation>Tiền tệ (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Customer screen on</source>
            <translation>Màn hình khách hàng đặt ở</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Customer screen's &amp;line</source>
            <translation>&amp;Dòng chữ trên màn hình khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Feedback</source>
            <translation>Đánh giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>For a till that runs nothing else; off, the counter opens maximized</source>
            <translation>Cho máy quầy chỉ chạy ứng dụng này; khi tắt, màn hình quầy mở phóng to tối đa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Full screen, no window frame (kiosk)</source>
            <translation>Toàn màn hình, không khung cửa sổ (kiosk)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation>Tương phản cao</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Large (125 %)</source>
            <translation>Lớn (125%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Largest (150 %)</source>
            <translation>Lớn nhất (150%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Light or dark as the computer is set; high contrast: 7:1 text</source>
            <translation>Sáng hoặc tối theo cài đặt của máy; tương phản cao: chữ 7:1</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>None (a scanner reads the codes)</source>
            <translation>Không (máy quét đọc mã)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Normal (100 %)</source>
            <translation>Bình thường (100%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>O&amp;ffline allowance</source>
            <translation>Hạn mức &amp;ngoại tuyến</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Owner screens lock after</source>
            <translation>Khóa màn hình quản lý sau</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Reads the QR code on a customer's phone or card</source>
            <translation>Đọc mã QR trên điện thoại hoặc thẻ của khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Save (Enter)</source>
            <translation>Lưu (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Scan &amp;sounds</source>
            <translation>Âm thanh &amp;quét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Shop name</source>
            <translation>Tên cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Show a screen facing the customer</source>
            <translation>Hiện màn hình hướng về khách hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Standard</source>
            <translation>Tiêu chuẩn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>The screen that is not the counter's</source>
            <translation>Màn hình không phải của quầy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Voiding a visit that charged more, or one from an earlier day, needs the owner's PIN</source>
            <translation>Hủy lượt ghé đã thu nhiều hơn mức này, hoặc lượt ghé của ngày trước, cần mã PIN của chủ cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Web&amp;cam for codes</source>
            <translation>&amp;Webcam đọc mã</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>What each member may pay with credit and points while a till cannot reach the server (0: nothing).</source>
            <translation>Số tiền mỗi thành viên được trả bằng tín dụng và điểm khi quầy không kết nối được máy chủ (0: không được).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>{name} (not connected)</source>
            <translation>{name} (chưa kết nối)</translation>
        </message>
        <message>
            <source>&amp;Webcam for codes</source>
            <translation type="vanished">&amp;Webcam đọc mã</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Hủy</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Lưu</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source> or </source>
            <translation> hoặc </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Cashback (% of what is paid) *</source>
            <translation>Tỷ &amp;lệ hoàn vào ví (% số đã trả) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Category</source>
            <translation>&amp;Nhóm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Cost (points) *</source>
            <translation>&amp;Số điểm cần đổi *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Discounts per visit (0 = no limit) *</source>
            <translation>&amp;Số giảm giá mỗi lượt ghé (0 = không giới hạn) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Expire after (days)</source>
            <translation>&amp;Hết hạn sau (ngày)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;From (YYYY-MM-DD)</source>
            <translation>&amp;Bắt đầu (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Loại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Money off</source>
            <translation>&amp;Giảm số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Multiply points by *</source>
            <translation>&amp;Hệ số nhân điểm *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Name *</source>
            <translation>&amp;Tên *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Points per step *</source>
            <translation>&amp;Số điểm mỗi bước *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Points program *</source>
            <translation>&amp;Chương trình tích điểm *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Price</source>
            <translation>Giá &amp;bán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Price *</source>
            <translation>Giá &amp;bán *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Rank (1 = lowest) *</source>
            <translation>&amp;Bậc (1 = thấp nhất) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Until (YYYY-MM-DD)</source>
            <translation>&amp;Kết thúc (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Uses *</source>
            <translation>Số &amp;lượt *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Weekday</source>
            <translation>Ngày trong t&amp;uần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Window (days) *</source>
            <translation>Số ngày &amp;xét *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(no referral bonus)</source>
            <translation>(không thưởng giới thiệu)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Add (Ctrl+Enter)</source>
            <translation>Thêm (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Add a points program first (Points tab).</source>
            <translation>Hãy thêm chương trình tích điểm trước (thẻ Điểm).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Added “{name}”.</source>
            <translation>Đã thêm “{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Amount &amp;step *</source>
            <translation>&amp;Bước tiền *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Cashback</source>
            <translation>Hoàn ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Category</source>
            <translation>Nhóm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Changing “{name}” ({state}). Ctrl+N starts a new one instead.</source>
            <translation>Đang sửa “{name}” ({state}). Nhấn Ctrl+N để tạo mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Cost</source>
            <translation>Số điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts &amp;for</source>
            <translation>Tính &amp;cho</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts for</source>
            <translation>Tính cho</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily &amp;cap (points)</source>
            <translation>Giới hạn mỗi ngà&amp;y (điểm)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily cap</source>
            <translation>Giới hạn ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Earning</source>
            <translation>Tích điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Expiry</source>
            <translation>Hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Fee</source>
            <translation>Phí</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free &amp;item</source>
            <translation>Tặng &amp;món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free item</source>
            <translation>Tặng món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Friday</source>
            <translation>Thứ Sáu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Gives</source>
            <translation>Ưu đãi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Item</source>
            <translation>Món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Ma&amp;ximum discount</source>
            <translation>Giảm tối đ&amp;a</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation>Thành viên đang ở hạng này giữ hạng đến kỳ xét hạng tới (hiện có {n} người).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) and can still spend them.</source>
            <translation>Thành viên vẫn giữ số điểm đang có (tổng {held}, do {n} người giữ) và vẫn dùng được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) and can still use them.</source>
            <translation>Thành viên vẫn giữ số lượt đã mua (tổng {held}, do {n} người giữ) và vẫn dùng được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) and can still pay with it.</source>
            <translation>Thành viên vẫn giữ tiền ví (tổng {held}, do {n} người giữ) và vẫn dùng để thanh toán được.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Membership &amp;fee (paid tier)</source>
            <translation>&amp;Phí hội viên (hạng trả phí)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;spend</source>
            <translation>&amp;Chi tiêu tối thiểu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;visits</source>
            <translation>Số &amp;lượt ghé tối thiểu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Monday</source>
            <translation>Thứ Hai</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Money off</source>
            <translation>Giảm số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Multiplier</source>
            <translation>Hệ số nhân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New (Ctrl+N)</source>
            <translation>Mới (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New: fill in the form, Ctrl+Enter adds it. Ctrl+L picks one above to change.</source>
            <translation>Tạo mới: điền biểu mẫu, nhấn Ctrl+Enter để thêm. Ctrl+L để chọn một mục phía trên mà sửa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>P&amp;ercent off</source>
            <translation>Giảm th&amp;eo %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Pass</source>
            <translation>Gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Passes already bought keep their uses; the new terms are for new sales.</source>
            <translation>Gói đã bán vẫn giữ số lượt; điều kiện mới áp dụng cho lần bán mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Percent off</source>
            <translation>Giảm theo %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point va&amp;lue (pay with points)</source>
            <translation>Giá t&amp;rị mỗi điểm (trả bằng điểm)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point value</source>
            <translation>Giá trị điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Points &amp;multiplier</source>
            <translation>&amp;Hệ số nhân điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held are now worth {value} each.</source>
            <translation>Điểm đang có giờ trị giá {value} mỗi điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held can now only buy catalogue rewards.</source>
            <translation>Điểm đang có giờ chỉ dùng để đổi quà trong danh mục.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;item</source>
            <translation>Điểm &amp;cộng mỗi món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;visit</source>
            <translation>Điểm cộng mỗi &amp;lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Price</source>
            <translation>Giá</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Program</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Promotion</source>
            <translation>Khuyến mãi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rank</source>
            <translation>Bậc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reached by</source>
            <translation>Điều kiện lên hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral &amp;bonus (points, or minor units of credit)</source>
            <translation>&amp;Thưởng giới thiệu (điểm, hoặc đơn vị nhỏ nhất của tiền ví)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral bonus &amp;program</source>
            <translation>&amp;Chương trình thưởng giới thiệu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reward</source>
            <translation>Phần thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rules saved.</source>
            <translation>Đã lưu quy tắc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Saturday</source>
            <translation>Thứ Bảy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Save changes (Ctrl+S)</source>
            <translation>Lưu thay đổi (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Save rules (Ctrl+Enter)</source>
            <translation>Lưu quy tắc (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Saved “{name}”: the changes apply from the next checkout.</source>
            <translation>Đã lưu “{name}”: thay đổi áp dụng từ lần thanh toán tới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Set up so far</source>
            <translation>Đã thiết lập</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Standing &amp;discount (%)</source>
            <translation>Giảm giá &amp;riêng (%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Sunday</source>
            <translation>Chủ Nhật</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation>Tắt (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation>Bật lại (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Thursday</source>
            <translation>Thứ Năm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tier</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tuesday</source>
            <translation>Thứ Ba</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Lỗi không mong muốn, chưa lưu gì: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Uses</source>
            <translation>Số lượt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Wednesday</source>
            <translation>Thứ Tư</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>What members already hold gets the full {days} days from today.</source>
            <translation>Những gì thành viên đang có được giữ đủ {days} ngày kể từ hôm nay.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>When</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>any day</source>
            <translation>mọi ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. 10 car washes</source>
            <translation>vd. 10 lần rửa xe</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. 500 Ft off</source>
            <translation>vd. Giảm 20.000 ₫</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Cashback</source>
            <translation>vd. Hoàn ví 5%</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Double Tuesdays</source>
            <translation>vd. Thứ Ba nhân đôi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Gold</source>
            <translation>vd. Vàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Latte</source>
            <translation>vd. Bạc xỉu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Points</source>
            <translation>vd. Điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. coffee</source>
            <translation>vd. cà phê</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: catalogue only</source>
            <translation>để trống: chỉ đổi quà trong danh mục</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: never</source>
            <translation>để trống: không hết hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: none</source>
            <translation>để trống: không giới hạn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>every day</source>
            <translation>hằng ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>free {item}</source>
            <translation>tặng {item}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>on</source>
            <translation>đang bật</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>paid only</source>
            <translation>chỉ khi trả phí</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>spend {amount}</source>
            <translation>chi tiêu {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>switched off</source>
            <translation>đã tắt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{amount} off</source>
            <translation>giảm {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: enter a value.</source>
            <translation>{field}: hãy nhập giá trị.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: “{text}” is not understood.</source>
            <translation>{field}: không hiểu “{text}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{name} (off)</source>
            <translation>{name} (đã tắt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{n} days</source>
            <translation>{n} ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{n} visits</source>
            <translation>{n} lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} % off</source>
            <translation>giảm {p} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} off</source>
            <translation>giảm {p}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{what} in {days} days</source>
            <translation>{what} trong {days} ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is on again from the next checkout.</source>
            <translation>Đã bật lại “{name}” từ lần thanh toán tới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it earns no more points.</source>
            <translation>Đã tắt “{name}”: không tích thêm điểm.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it gives no more cashback.</source>
            <translation>Đã tắt “{name}”: không hoàn vào ví nữa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it is no longer sold.</source>
            <translation>Đã tắt “{name}”: ngừng bán.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it no longer multiplies points.</source>
            <translation>Đã tắt “{name}”: không nhân điểm nữa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: nobody new reaches it and it is not sold.</source>
            <translation>Đã tắt “{name}”: không ai lên hạng này nữa và ngừng bán.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer lists it.</source>
            <translation>Đã tắt “{name}”: quầy không hiện món này nữa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer offers it.</source>
            <translation>Đã tắt “{name}”: quầy không đề xuất nữa.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Currency (ISO 4217)</source>
            <translation>Tiền tệ (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Five answers and the counter is ready. You can change them later.</source>
            <translation>Trả lời năm mục là quầy sẵn sàng. Có thể đổi lại sau.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>None now (F9 later)</source>
            <translation>Để sau (F9)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Owner's PIN (6–8 digits)</source>
            <translation>Mã PIN chủ (6–8 chữ số)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>PIN once more</source>
            <translation>Nhập lại mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Quit (Esc)</source>
            <translation>Thoát (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Set up your shop</source>
            <translation>Thiết lập cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Shop name</source>
            <translation>Tên cửa hàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Start (Enter)</source>
            <translation>Bắt đầu (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>Hai mã PIN không khớp. Nhập cùng một mã PIN hai lần.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Unexpected error: {error}</source>
            <translation>Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Welcome to Loyalty POS</source>
            <translation>Chào mừng đến với Loyalty POS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Your first punch card</source>
            <translation>Thẻ tích dấu đầu tiên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>e.g. Kávé Sarok</source>
            <translation>vd. Cà Phê Góc Phố</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>{title} ({stamps} stamps, reward: {reward})</source>
            <translation>{title} ({stamps} dấu, thưởng: {reward})</translation>
        </message>
        <message>
            <source>Owner's PIN (4–8 digits)</source>
            <translation type="vanished">Mã PIN chủ (4–8 chữ số)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation type="vanished">Thoát</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="vanished">Bắt đầu</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n}</source>
            <translation>+{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} points</source>
            <translation>+{n} điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} stamps</source>
            <translation>+{n} dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} uses</source>
            <translation>+{n} lượt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Amount</source>
            <translation>Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Back on gift card</source>
            <translation>Hoàn vào thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Back to store credit</source>
            <translation>Hoàn vào ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Card</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Cash back</source>
            <translation>Tiền mặt trả lại</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Loyalty</source>
            <translation>Tích lũy thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Member</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Nothing earned this time.</source>
            <translation>Lần này chưa được tích lũy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with credit</source>
            <translation>Trả bằng ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with gift card</source>
            <translation>Trả bằng thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Partial refund</source>
            <translation>Hoàn tiền một phần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Points</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Refund in full</source>
            <translation>Hoàn tiền toàn bộ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Refunded</source>
            <translation>Đã hoàn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Reward given: {reward}</source>
            <translation>Đã tặng: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Rewards ready</source>
            <translation>Phần thưởng sẵn sàng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Store credit</source>
            <translation>Tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Thank you!</source>
            <translation>Cảm ơn quý khách!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>This visit</source>
            <translation>Lượt ghé này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Tier</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>To pay</source>
            <translation>Cần trả</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Visit</source>
            <translation>Lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your cards</source>
            <translation>Thẻ của quý khách</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your coupon</source>
            <translation>Phiếu giảm giá của quý khách</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>pass uses</source>
            <translation>lượt gói</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>points</source>
            <translation>điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>rewards</source>
            <translation>phần thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>stamps</source>
            <translation>dấu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>store credit</source>
            <translation>tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} left</source>
            <translation>còn {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} points</source>
            <translation>{n} điểm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program} (switched off)</source>
            <translation>{program} (đã ngừng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program}: card complete!</source>
            <translation>{program}: đủ dấu!</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Owner</source>
            <translation>Chủ cửa hàng</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>A PIN is optional for cashiers.</source>
            <translation>Thu ngân không bắt buộc có mã PIN.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Has a PIN; leave empty to keep it. A new one has {min} to {max} digits.</source>
            <translation>Đã có mã PIN; để trống để giữ nguyên. Mã mới gồm {min} đến {max} chữ số.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Locked after too many wrong PINs until you unlock it.</source>
            <translation>Bị khóa vì nhập sai mã PIN quá nhiều lần, đến khi bạn mở khóa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Locked after wrong PINs until {time}.</source>
            <translation>Bị khóa vì nhập sai mã PIN đến {time}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New PIN</source>
            <translation>Mã PIN mới</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person</source>
            <translation>Thêm người</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person (Ctrl+N)</source>
            <translation>Thêm người (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>No PIN: switches at the till without one.</source>
            <translation>Không có mã PIN: đổi ca tại quầy không cần nhập mã.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Owner</source>
            <translation>Chủ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN</source>
            <translation>Mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN locked</source>
            <translation>Mã PIN bị khóa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lưu (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Staff</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Unlock PIN (Ctrl+U)</source>
            <translation>Mở khóa mã PIN (Ctrl+U)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Works here</source>
            <translation>Đang làm việc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>cashier</source>
            <translation>thu ngân</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>left</source>
            <translation>đã nghỉ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>no PIN</source>
            <translation>không có mã PIN</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>owner</source>
            <translation>chủ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="vanished">Đóng</translation>
        </message>
        <message>
            <source>Has a PIN; leave empty to keep it.</source>
            <translation type="vanished">Đã có mã PIN; để trống để giữ nguyên.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Lưu</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation type="vanished">Lỗi không mong muốn: {error}</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation type="vanished">Mở khóa mã PIN</translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>REWARD READY: {reward}</source>
            <translation>CÓ THƯỞNG: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Reward: {reward}</source>
            <translation>Thưởng: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Switched off: no new stamps on this card.</source>
            <translation>Đã tắt: thẻ này không được đóng thêm dấu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{n} REWARDS READY: {reward}</source>
            <translation>CÓ {n} PHẦN THƯỞNG: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{program} (switched off)</source>
            <translation>{program} (đã tắt)</translation>
        </message>
    </context>
    <context>
        <name>StampRows</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>Items</source>
            <translation>Món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>{program}: items</source>
            <translation>{program}: món</translation>
        </message>
    </context>
    <context>
        <name>StartupJobs</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n birthday coupon(s) issued.</source>
            <translation>
                <numerusform>Đã phát %n phiếu giảm giá sinh nhật.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n old stamp(s) expired.</source>
            <translation>
                <numerusform>%n dấu cũ đã hết hạn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>({n} more: run loyalty-pos admin check.)</source>
            <translation>(còn {n} lỗi khác: chạy loyalty-pos admin check.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Backup saved.</source>
            <translation>Đã sao lưu.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>No checked backup for more than 24 hours. Open Backups (owner) and take one now.</source>
            <translation>Đã hơn 24 giờ không có bản sao lưu đã kiểm tra. Hãy mở Sao lưu (chủ cửa hàng) và sao lưu ngay.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Start-up check failed: {error}</source>
            <translation>Kiểm tra khi khởi động thất bại: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>The database check found problems: {problems}</source>
            <translation>Kiểm tra cơ sở dữ liệu phát hiện lỗi: {problems}</translation>
        </message>
        <message>
            <source>{n} birthday coupons issued.</source>
            <translation type="vanished">Đã phát {n} phiếu giảm giá sinh nhật.</translation>
        </message>
        <message>
            <source>{n} old stamps expired.</source>
            <translation type="vanished">{n} dấu cũ đã hết hạn.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>10th coffee free</source>
            <translation>Ly thứ 10 miễn phí</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>20 % off the next pair</source>
            <translation>Giảm 20% đôi tiếp theo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>5 pairs, 20 % off the next</source>
            <translation>Mua 5 đôi, giảm 20% đôi tiếp theo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>6 washes, the 7th free</source>
            <translation>Rửa 6 lần, lần thứ 7 miễn phí</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Car wash card</source>
            <translation>Thẻ rửa xe</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Coffee card</source>
            <translation>Thẻ cà phê</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Free coffee (the 10th)</source>
            <translation>Cà phê miễn phí (ly thứ 10)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Free wash (the 7th)</source>
            <translation>Rửa xe miễn phí (lần thứ 7)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Shoe card</source>
            <translation>Thẻ giày</translation>
        </message>
    </context>
    <context>
        <name>TenderParts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Ctrl+H sets how much to use: highlight store credit or points under Apply, or scan a gift card, first.</source>
            <translation>Ctrl+H để chọn dùng bao nhiêu: trước hết chọn tiền ví hoặc điểm ở mục Áp dụng, hoặc quét thẻ quà tặng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card</source>
            <translation>Thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card {code}: balance {balance} ({key}: use only part).</source>
            <translation>Thẻ quà tặng {code}: số dư {balance} ({key}: chỉ dùng một phần).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Store credit</source>
            <translation>Tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>That gift card can't be read: scan it again.</source>
            <translation>Không đọc được thẻ quà tặng: quét lại.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>This gift card has nothing left to pay with.</source>
            <translation>Thẻ quà tặng này đã hết tiền.</translation>
        </message>
    </context>
    <context>
        <name>TillDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>&amp;Branch:</source>
            <translation>&amp;Chi nhánh:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>That was a card scan: nothing changed. Type this till's name; cards are scanned at the counter.</source>
            <translation>Đó là một lần quét thẻ: không có gì thay đổi. Hãy gõ tên quầy này; thẻ được quét ở quầy thu ngân.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>The shop is on a server that several tills share. This till writes its name on every visit and refund; reports group the tills by branch.</source>
            <translation>Dữ liệu cửa hàng nằm trên một máy chủ dùng chung cho nhiều máy thu ngân. Máy này ghi tên mình vào mỗi lượt mua và mỗi lần hoàn tiền; báo cáo nhóm các máy theo chi nhánh.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>This till's name</source>
            <translation>Tên máy thu ngân này</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>Till &amp;name:</source>
            <translation>&amp;Tên máy thu ngân:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>{title} — till {till}, branch {branch}</source>
            <translation>{title} — máy {till}, chi nhánh {branch}</translation>
        </message>
    </context>
    <context>
        <name>ToneIcon</name>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Information</source>
            <translation>Thông tin</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Reward</source>
            <translation>Phần thưởng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{amount} {name} ({percent}, rounded down)</source>
            <translation>+{amount} {name} ({percent}, làm tròn xuống)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per item</source>
            <translation>+{n} mỗi món</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per visit</source>
            <translation>+{n} mỗi lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} {name} ({rule}{capped})</source>
            <translation>+{n} {name} ({rule}{capped})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>, daily limit reached</source>
            <translation>, đã chạm giới hạn ngày</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Amount</source>
            <translation>Số tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>CASH
DUE</source>
            <translation>CẦN
THU</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Cash due</source>
            <translation>Cần thu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Coupon: {name}</source>
            <translation>Phiếu giảm giá: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Earns: {what}</source>
            <translation>Tích lũy: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>GIVE: {items}</source>
            <translation>TẶNG: {items}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Gift card ({left} left)</source>
            <translation>Thẻ quà tặng (còn {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>No member: nothing is earned. Scan a card to earn.</source>
            <translation>Chưa có thành viên: không được tích lũy. Quét thẻ để tích lũy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with gift card</source>
            <translation>Trả bằng thẻ quà tặng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with store credit</source>
            <translation>Trả bằng tiền ví</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Store credit ({left} left)</source>
            <translation>Tiền ví (còn {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>To charge</source>
            <translation>Thành tiền</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Uses {name}</source>
            <translation>Dùng {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Visit {id} confirmed. Collect the cash due; the next entry starts a new visit.</source>
            <translation>Đã xác nhận lượt ghé {id}. Thu số tiền cần thu; lần nhập tiếp theo sẽ bắt đầu lượt ghé mới.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>referral bonus +{n}</source>
            <translation>thưởng giới thiệu +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{name} (pass)</source>
            <translation>{name} (gói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} point per {step}, rounded down</source>
            <translation>{n} điểm mỗi {step}, làm tròn xuống</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} points per {step}, rounded down</source>
            <translation>{n} điểm mỗi {step}, làm tròn xuống</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} {name} ({left} left)</source>
            <translation>{n} {name} (còn {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{program} +{n}</source>
            <translation>{program} +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{p} %</source>
            <translation>{p} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} discount ({percent})</source>
            <translation>Giảm giá hạng {tier} ({percent})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} membership</source>
            <translation>Gói hội viên {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>×{m}</source>
            <translation>×{m}</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>A scan can't be used here: nothing was voided. Type the reason, or Esc.</source>
            <translation>Ở đây không nhận mã quét: chưa hủy gì. Nhập lý do, hoặc nhấn Esc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Hủy (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason (required), e.g. wrong customer</source>
            <translation>Lý do (bắt buộc), vd. nhầm khách</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void a visit</source>
            <translation>Hủy lượt ghé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void this visit?
{visit}</source>
            <translation>Hủy lượt ghé này?
{visit}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void visit (Enter)</source>
            <translation>Hủy lượt ghé (Enter)</translation>
        </message>
    </context>
    <context>
        <name>Webcam</name>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>Camera: hold the code up to it</source>
            <translation>Camera: đưa mã lại gần</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>No camera found: connect one, or choose none in Settings.</source>
            <translation>Không tìm thấy camera: hãy kết nối camera, hoặc chọn “Không” trong Cài đặt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera can't be used (another program may have it): {error}</source>
            <translation>Không dùng được camera (có thể chương trình khác đang dùng): {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera can't be used on this computer (camera support is missing): use a scanner.</source>
            <translation>Không dùng được camera trên máy này (thiếu hỗ trợ camera): hãy dùng máy quét.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera chosen in Settings is not connected.</source>
            <translation>Camera đã chọn trong Cài đặt chưa được kết nối.</translation>
        </message>
    </context>
</TS>
