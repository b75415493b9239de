<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>Your work could not be autosaved ({why}). Save the project to be safe.</source>
        <translation>Không thể tự động lưu công việc của bạn ({why}). Hãy lưu dự án để đảm bảo an toàn.</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation>Khôi phục công việc của bạn?</translation>
    </message>
    <message>
        <source>Last time, Upgrading Explorer closed with work that was not saved.</source>
        <translation>Lần trước, Upgrading Explorer đã đóng khi còn công việc chưa được lưu.</translation>
    </message>
    <message>
        <source>Your work on {title} was saved automatically at {when}. Restore it? If you choose Discard, the project file on disk stays as you last saved it.</source>
        <translation>Công việc của bạn với {title} đã được tự động lưu lúc {when}. Khôi phục lại? Nếu chọn Bỏ qua, tệp dự án trên máy vẫn giữ nguyên như lần lưu cuối.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Made with Upgrading Explorer</source>
        <translation>Tạo bằng Upgrading Explorer</translation>
    </message>
    <message>
        <source>Nothing to show for this subset</source>
        <translation>Không có gì để hiển thị cho tập con này</translation>
    </message>
    <message>
        <source>too few firms
to show</source>
        <translation>quá ít doanh nghiệp
để hiển thị</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <source>Something could not be done</source>
        <translation>Không thể thực hiện thao tác</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Upgrading Explorer hit an unexpected problem ({kind}). Your project is still open and nothing was lost; you can carry on, and saving the project now is a good idea.</source>
        <translation>Upgrading Explorer gặp sự cố ngoài dự kiến ({kind}). Dự án của bạn vẫn đang mở và không mất dữ liệu gì; bạn có thể làm tiếp, nhưng nên lưu dự án ngay bây giờ.</translation>
    </message>
    <message>
        <source>({n} more errors came after it.)</source>
        <translation>(Sau đó còn {n} lỗi khác.)</translation>
    </message>
    <message>
        <source>The details were written to {path}. If this happens again, please send that file to the team.</source>
        <translation>Chi tiết đã được ghi vào {path}. Nếu lỗi này lặp lại, vui lòng gửi tệp đó cho nhóm phát triển.</translation>
    </message>
    <message>
        <source>“{name}” was not saved: the file is read-only, or this folder may not be written to. The previous file, if there was one, is unchanged.</source>
        <translation>Chưa lưu được “{name}”: tệp chỉ cho phép đọc, hoặc không được ghi vào thư mục này. Tệp trước đó (nếu có) vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Save under another name or in another folder, such as Documents.</source>
        <translation>Hãy lưu với tên khác hoặc vào thư mục khác, ví dụ Documents.</translation>
    </message>
    <message>
        <source>“{name}” was not saved: the disk is full. The previous file, if there was one, is unchanged.</source>
        <translation>Chưa lưu được “{name}”: ổ đĩa đã đầy. Tệp trước đó (nếu có) vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Free some space, or save to another drive or a USB stick.</source>
        <translation>Hãy giải phóng bớt dung lượng, hoặc lưu vào ổ đĩa khác hay USB.</translation>
    </message>
    <message>
        <source>“{name}” was not saved: another program is using it.</source>
        <translation>Chưa lưu được “{name}”: một chương trình khác đang dùng tệp này.</translation>
    </message>
    <message>
        <source>Close the file in the other program (Excel, Word), then try again.</source>
        <translation>Hãy đóng tệp trong chương trình kia (Excel, Word) rồi thử lại.</translation>
    </message>
    <message>
        <source>The details are also saved in {path}.</source>
        <translation>Chi tiết cũng được lưu trong {path}.</translation>
    </message>
    <message>
        <source>Firms (one row per firm)</source>
        <translation>Doanh nghiệp (mỗi dòng một doanh nghiệp)</translation>
    </message>
    <message>
        <source>Workers (one row per worker)</source>
        <translation>Người lao động (mỗi dòng một người)</translation>
    </message>
    <message>
        <source>Codebook (labels)</source>
        <translation>Sổ mã (nhãn)</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Không dùng</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(không có vai trò)</translation>
    </message>
    <message>
        <source>Which column links workers to their firm?</source>
        <translation>Cột nào liên kết người lao động với doanh nghiệp của họ?</translation>
    </message>
    <message>
        <source>Which column identifies the firm?</source>
        <translation>Cột nào là mã doanh nghiệp?</translation>
    </message>
    <message>
        <source>Which column holds “%1”?</source>
        <translation>Cột nào chứa “%1”?</translation>
    </message>
    <message>
        <source>1 question needs your answer</source>
        <translation>1 câu hỏi cần bạn trả lời</translation>
    </message>
    <message>
        <source>{n} questions need your answer</source>
        <translation>{n} câu hỏi cần bạn trả lời</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Không phải các lựa chọn này</translation>
    </message>
    <message>
        <source>Assumed now: {choice}</source>
        <translation>Đang giả định: {choice}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Loại hình sở hữu</translation>
    </message>
    <message>
        <source>Highest upgrading type</source>
        <translation>Loại nâng cấp cao nhất</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translation>Vị thế thương lượng</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>Nhóm kỹ năng</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Học vấn</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Năm thành lập</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Lương tháng</translation>
    </message>
    <message>
        <source>Years with the firm</source>
        <translation>Thâm niên (năm)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>Chain (new sector)</source>
        <translation>Chuỗi (sang ngành mới)</translation>
    </message>
    <message>
        <source>End market</source>
        <translation>Thị trường tiêu thụ</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Xuống cấp</translation>
    </message>
    <message>
        <source>No upgrading</source>
        <translation>Không nâng cấp</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Log of monthly wage</source>
        <translation>Logarit lương tháng</translation>
    </message>
    <message>
        <source>Wage ÷ minimum wage</source>
        <translation>Lương ÷ lương tối thiểu vùng</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Số giờ làm mỗi tuần</translation>
    </message>
    <message>
        <source>Received training</source>
        <translation>Được đào tạo</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Được thăng chức</translation>
    </message>
    <message>
        <source>Has social insurance</source>
        <translation>Có bảo hiểm xã hội</translation>
    </message>
    <message>
        <source>Has health insurance</source>
        <translation>Có bảo hiểm y tế</translation>
    </message>
    <message>
        <source>Regular contract</source>
        <translation>Hợp đồng chính thức</translation>
    </message>
    <message>
        <source>Written contract</source>
        <translation>Hợp đồng bằng văn bản</translation>
    </message>
    <message>
        <source>Covered by a collective agreement</source>
        <translation>Thuộc phạm vi thoả ước lao động tập thể</translation>
    </message>
    <message>
        <source>Injured at work</source>
        <translation>Bị tai nạn lao động</translation>
    </message>
    <message>
        <source>Measurable standards index</source>
        <translation>Chỉ số tiêu chuẩn đo lường được (MS)</translation>
    </message>
    <message>
        <source>Enabling rights index</source>
        <translation>Chỉ số quyền tạo điều kiện (ER)</translation>
    </message>
    <message>
        <source>Firm mean of measurable standards index</source>
        <translation>Chỉ số tiêu chuẩn đo lường được, trung bình của doanh nghiệp</translation>
    </message>
    <message>
        <source>Firm mean of enabling rights index</source>
        <translation>Chỉ số quyền tạo điều kiện, trung bình của doanh nghiệp</translation>
    </message>
    <message>
        <source>Upgraded (any type) or not</source>
        <translation>Có nâng cấp (bất kỳ loại nào) hay không</translation>
    </message>
    <message>
        <source>Upgrading score (types, 0–4)</source>
        <translation>Điểm nâng cấp (số loại, 0–4)</translation>
    </message>
    <message>
        <source>Share of firms with each type of upgrading</source>
        <translation>Tỷ lệ doanh nghiệp theo loại nâng cấp</translation>
    </message>
    <message>
        <source>Type of upgrading</source>
        <translation>Loại nâng cấp</translation>
    </message>
    <message>
        <source>Share of firms, % (95% CI)</source>
        <translation>Tỷ lệ doanh nghiệp, % (KTC 95%)</translation>
    </message>
    <message>
        <source>Bargaining position with buyers</source>
        <translation>Vị thế thương lượng với người mua</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translation>Số doanh nghiệp</translation>
    </message>
    <message>
        <source> (95% CI, clustered by firm)</source>
        <translation> (KTC 95%, sai số cụm theo doanh nghiệp)</translation>
    </message>
    <message>
        <source>Age, years</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Pay as reported</source>
        <translation>Tiền lương theo kê khai</translation>
    </message>
    <message>
        <source>Export share, %</source>
        <translation>Tỷ lệ xuất khẩu, %</translation>
    </message>
    <message>
        <source>Main buyer&apos;s share of sales, %</source>
        <translation>Tỷ trọng doanh thu từ khách hàng chính, %</translation>
    </message>
    <message>
        <source>Paid by piece</source>
        <translation>Trả lương theo sản phẩm</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Không chia nhóm</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỷ số</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Công nhân sản xuất</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Tổ trưởng, giám sát</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Indefinite</source>
        <translation>Không xác định thời hạn</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>Xác định thời hạn</translation>
    </message>
    <message>
        <source>Fixed term under 1 year</source>
        <translation>Xác định thời hạn dưới 1 năm</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Thử việc</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Fortnight</source>
        <translation>Nửa tháng</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Theo sản phẩm</translation>
    </message>
    <message>
        <source>Domestic private</source>
        <translation>Tư nhân trong nước</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Có vốn đầu tư nước ngoài</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Liên doanh</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>May mặc</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Da giày</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Được cải thiện</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Kém đi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Upgraded (any type)</source>
        <translation>Có nâng cấp (bất kỳ loại nào)</translation>
    </message>
    <message>
        <source>Did not upgrade</source>
        <translation>Chưa nâng cấp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chuỗi (ngành mới)</translation>
    </message>
    <message>
        <source> (share)</source>
        <translation> (tỷ lệ)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Lưu SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <source>Selected: {firms} firms, {workers} workers</source>
        <translation>Đã chọn: {firms} doanh nghiệp, {workers} người lao động</translation>
    </message>
    <message>
        <source>Too few to show: fewer than {f} firms or {w} workers</source>
        <translation>Quá ít để hiển thị: dưới {f} doanh nghiệp hoặc dưới {w} người lao động</translation>
    </message>
    <message>
        <source>Only {n} firms: the range is rough</source>
        <translation>Chỉ có {n} doanh nghiệp: khoảng tin cậy chỉ mang tính ước lượng thô</translation>
    </message>
    <message>
        <source>Wild cluster bootstrap ({draws} draws, seed {seed}): used when the groups have few firms, where the usual test is over-confident</source>
        <translation>Bootstrap hoang dã theo cụm ({draws} lần rút, hạt giống {seed}): dùng khi các nhóm có ít doanh nghiệp, vì kiểm định thông thường khi đó quá tự tin</translation>
    </message>
    <message>
        <source>Permutation test over firms ({draws} random re-assignments of the firms to the two groups, or all of them when there are fewer; seed {seed}): used when the groups have few firms, where the usual test is over-confident</source>
        <translation>Kiểm định hoán vị theo doanh nghiệp ({draws} lần phân lại ngẫu nhiên các doanh nghiệp vào hai nhóm, hoặc tất cả các cách khi số cách ít hơn; hạt giống {seed}): dùng khi các nhóm có ít doanh nghiệp, lúc kiểm định thông thường quá tự tin</translation>
    </message>
    <message>
        <source>t-test with standard errors clustered by firm (workers of one firm are not independent)</source>
        <translation>Kiểm định t với sai số chuẩn theo cụm doanh nghiệp (người lao động cùng một doanh nghiệp không độc lập với nhau)</translation>
    </message>
    <message>
        <source>Cannot test: every worker in these groups has the same answer</source>
        <translation>Không thể kiểm định: mọi người lao động trong các nhóm này có cùng một câu trả lời</translation>
    </message>
    <message>
        <source>Too few firms: this test can hardly detect anything</source>
        <translation>Quá ít doanh nghiệp: kiểm định này khó phát hiện được điều gì</translation>
    </message>
    <message>
        <source>with so few firms, a share&apos;s p-value can be too small (the difference may look clearer than it is)</source>
        <translation>với ít doanh nghiệp như vậy, giá trị p của một tỷ lệ có thể quá nhỏ (chênh lệch có thể trông rõ hơn thực tế)</translation>
    </message>
    <message>
        <source>Only {n} firms: this test can hardly detect anything, so a large p-value does not mean there is no difference</source>
        <translation>Chỉ có {n} doanh nghiệp: kiểm định này khó phát hiện được điều gì, nên giá trị p lớn không có nghĩa là không có khác biệt</translation>
    </message>
    <message>
        <source>new machinery</source>
        <translation>máy móc mới</translation>
    </message>
    <message>
        <source>new process</source>
        <translation>quy trình mới</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>tự động hoá</translation>
    </message>
    <message>
        <source>cad erp</source>
        <translation>CAD/ERP</translation>
    </message>
    <message>
        <source>line reorganisation</source>
        <translation>tổ chức lại dây chuyền</translation>
    </message>
    <message>
        <source>certification new</source>
        <translation>chứng nhận mới</translation>
    </message>
    <message>
        <source>new product</source>
        <translation>sản phẩm mới</translation>
    </message>
    <message>
        <source>product complexity up</source>
        <translation>sản phẩm phức tạp hơn</translation>
    </message>
    <message>
        <source>unit price change pct</source>
        <translation>thay đổi đơn giá (%)</translation>
    </message>
    <message>
        <source>stage now</source>
        <translation>vị trí chuỗi hiện nay</translation>
    </message>
    <message>
        <source>stage before</source>
        <translation>vị trí chuỗi trước đây</translation>
    </message>
    <message>
        <source>design added</source>
        <translation>thêm thiết kế</translation>
    </message>
    <message>
        <source>rnd added</source>
        <translation>thêm R&amp;D</translation>
    </message>
    <message>
        <source>own brand added</source>
        <translation>thêm thương hiệu riêng</translation>
    </message>
    <message>
        <source>sector changed</source>
        <translation>đổi ngành</translation>
    </message>
    <message>
        <source>new sector sales share</source>
        <translation>tỷ trọng doanh thu ngành mới (%)</translation>
    </message>
    <message>
        <source>new export market</source>
        <translation>thị trường xuất khẩu mới</translation>
    </message>
    <message>
        <source>new buyer</source>
        <translation>khách hàng mới</translation>
    </message>
    <message>
        <source>certification lost</source>
        <translation>mất chứng nhận</translation>
    </message>
    <message>
        <source>export stopped</source>
        <translation>ngừng xuất khẩu</translation>
    </message>
    <message>
        <source>price setting now</source>
        <translation>quyết định giá hiện nay</translation>
    </message>
    <message>
        <source>price setting before</source>
        <translation>quyết định giá trước đây</translation>
    </message>
    <message>
        <source>{now} vs {before}</source>
        <translation>{now} so với {before}</translation>
    </message>
    <message>
        <source>any of ({items})</source>
        <translation>một trong các tiêu chí ({items})</translation>
    </message>
    <message>
        <source>all of ({items})</source>
        <translation>tất cả các tiêu chí ({items})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a survey workbook, data file or project</source>
        <translation>Mở sổ tính khảo sát, tệp dữ liệu hoặc dự án</translation>
    </message>
    <message>
        <source>Open &amp;sample survey</source>
        <translation>Mở &amp;khảo sát mẫu</translation>
    </message>
    <message>
        <source>Open the survey bundled with the app</source>
        <translation>Mở bộ khảo sát mẫu đi kèm ứng dụng</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>Re&amp;view import again…</source>
        <translation>Kiểm tra &amp;lại cách nhập…</translation>
    </message>
    <message>
        <source>Check again how the survey was read: sheets, roles, codes</source>
        <translation>Kiểm tra lại cách đọc khảo sát: trang tính, vai trò, mã</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Lưu dự án</translation>
    </message>
    <message>
        <source>Save the survey&apos;s mapping, subsets and settings</source>
        <translation>Lưu cách ghép cột, các tập con và thiết lập của khảo sát</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Lưu dự án &amp;dưới tên khác…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Project se&amp;ttings…</source>
        <translation>&amp;Thiết lập dự án…</translation>
    </message>
    <message>
        <source>Disclosure thresholds and workshop mode, saved with the project</source>
        <translation>Ngưỡng bảo mật số liệu và chế độ hội thảo, lưu cùng dự án</translation>
    </message>
    <message>
        <source>&amp;Export rows shown…</source>
        <translation>&amp;Xuất các dòng đang hiển thị…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the rows of the table shown to Excel or CSV</source>
        <translation>Lưu các dòng của bảng đang hiển thị ra Excel hoặc CSV</translation>
    </message>
    <message>
        <source>Export results &amp;workbook…</source>
        <translation>Xuất &amp;sổ kết quả (Excel)…</translation>
    </message>
    <message>
        <source>Save every results table, the subset, the rules, where the data came from and the charts to one Excel workbook</source>
        <translation>Lưu mọi bảng kết quả, tập con, quy tắc, nguồn dữ liệu và biểu đồ vào một sổ tính Excel</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Xuất &amp;báo cáo…</translation>
    </message>
    <message>
        <source>Save the findings with their charts and tables, the methods and where the data came from as a Word document, in the interface language</source>
        <translation>Lưu các kết luận cùng biểu đồ và bảng, phương pháp và nguồn dữ liệu thành tài liệu Word, bằng ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Export analysis as &amp;Python script…</source>
        <translation>Xuất phân tích thành tập lệnh &amp;Python…</translation>
    </message>
    <message>
        <source>Save a short Python script that reproduces these numbers without the window</source>
        <translation>Lưu một tập lệnh Python ngắn tái tạo các con số này mà không cần mở cửa sổ ứng dụng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Show &amp;value labels</source>
        <translation>Hiện &amp;nhãn giá trị</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show answer labels (such as “Apparel”) instead of the stored codes</source>
        <translation>Hiện nhãn câu trả lời (như “May mặc”) thay cho mã lưu trong tệp</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (hide individual firms)</source>
        <translation>Chế độ &amp;hội thảo (ẩn từng doanh nghiệp)</translation>
    </message>
    <message>
        <source>Hide the firms table, the firm list and firm ids in exports; totals, shares and charts stay</source>
        <translation>Ẩn bảng doanh nghiệp, danh sách doanh nghiệp và mã doanh nghiệp trong tệp xuất; tổng số, tỷ lệ và biểu đồ vẫn giữ nguyên</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>Chế độ &amp;trình chiếu</translation>
    </message>
    <message>
        <source>Larger text and lines, high contrast: for a projector (F5)</source>
        <translation>Chữ và nét vẽ lớn hơn, tương phản cao: dành cho máy chiếu (F5)</translation>
    </message>
    <message>
        <source>&amp;Search the table</source>
        <translation>&amp;Tìm trong bảng</translation>
    </message>
    <message>
        <source>Go to the s&amp;ubset panel</source>
        <translation>Đến khung tập &amp;con</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;firms table</source>
        <translation>Đến bảng &amp;doanh nghiệp</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the &amp;workers table</source>
        <translation>Đến bảng người &amp;lao động</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to &amp;upgrading</source>
        <translation>Đến thẻ nâng &amp;cấp</translation>
    </message>
    <message>
        <source>Go to worker &amp;outcomes</source>
        <translation>Đến thẻ &amp;kết quả người lao động</translation>
    </message>
    <message>
        <source>Go to &amp;economic × social</source>
        <translation>Đến thẻ kinh tế × &amp;xã hội</translation>
    </message>
    <message>
        <source>Go to the chart &amp;builder</source>
        <translation>Đến thẻ tạo &amp;biểu đồ</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>&amp;Clear the subset</source>
        <translation>&amp;Bỏ lọc tập con</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Show the interface in {language}</source>
        <translation>Hiển thị giao diện bằng {language}</translation>
    </message>
    <message>
        <source>Available once its translation is added</source>
        <translation>Sẽ có khi bổ sung bản dịch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Open the user guide in your web browser (works offline) (F1)</source>
        <translation>Mở hướng dẫn sử dụng trong trình duyệt web (không cần mạng) (F1)</translation>
    </message>
    <message>
        <source>Workshop &amp;handout</source>
        <translation>&amp;Tài liệu phát tay cho hội thảo</translation>
    </message>
    <message>
        <source>Open the one-page workshop handout (PDF) to read or print</source>
        <translation>Mở tài liệu một trang cho hội thảo (PDF) để đọc hoặc in</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Huỷ mở tệp</translation>
    </message>
    <message>
        <source>firm name contains “{text}”</source>
        <translation>tên doanh nghiệp có “{text}”</translation>
    </message>
    <message>
        <source>All firms and workers</source>
        <translation>Tất cả doanh nghiệp và người lao động</translation>
    </message>
    <message>
        <source>Subset: {subset} ({firms} firms, {workers} workers)</source>
        <translation>Tập con: {subset} ({firms} doanh nghiệp, {workers} người lao động)</translation>
    </message>
    <message>
        <source>Data: {source} · exported {date} with Upgrading Explorer</source>
        <translation>Dữ liệu: {source} · xuất ngày {date} bằng Upgrading Explorer</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>khảo sát</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>Computing upgrading types and wages…</source>
        <translation>Đang tính các loại nâng cấp và tiền lương…</translation>
    </message>
    <message>
        <source>Upgrading types could not be computed: {why}</source>
        <translation>Không tính được các loại nâng cấp: {why}</translation>
    </message>
    <message>
        <source>Applying the new rules…</source>
        <translation>Đang áp dụng quy tắc mới…</translation>
    </message>
    <message>
        <source>Provisional: computing the adjusted gaps and the tests for few firms…</source>
        <translation>Tạm thời: đang tính chênh lệch đã điều chỉnh và kiểm định cho các nhóm ít doanh nghiệp…</translation>
    </message>
    <message>
        <source>Updating the analysis…</source>
        <translation>Đang cập nhật phân tích…</translation>
    </message>
    <message>
        <source>The analysis could not be computed: {why}</source>
        <translation>Không tính được kết quả phân tích: {why}</translation>
    </message>
    <message>
        <source>{view} could not show this subset: {why}</source>
        <translation>{view} không hiển thị được tập con này: {why}</translation>
    </message>
    <message>
        <source>Waiting for the analysis to finish…</source>
        <translation>Đang chờ phân tích hoàn tất…</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Chart builder</source>
        <translation>Tạo biểu đồ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Bars: mean or share with 95% CI</source>
        <translation>Cột: trung bình hoặc tỷ lệ, khoảng tin cậy 95%</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>Biểu đồ hộp</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Biểu đồ tần suất</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Biểu đồ phân tán</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Biến</translation>
    </message>
    <message>
        <source>Second variable</source>
        <translation>Biến thứ hai</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Chia nhóm theo</translation>
    </message>
    <message>
        <source>against:</source>
        <translation>so với:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Bảng:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Biểu đồ:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Biến:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Chia nhóm theo:</translation>
    </message>
    <message>
        <source>Open a survey to build a chart</source>
        <translation>Mở một cuộc khảo sát để tạo biểu đồ</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Không chia nhóm</translation>
    </message>
    <message>
        <source>Nothing to chart: no table</source>
        <translation>Không có gì để vẽ: chưa có bảng</translation>
    </message>
    <message>
        <source>Pay is in different currencies ({c}).
Choose one country first, or chart wage ÷ minimum wage.</source>
        <translation>Tiền lương tính bằng nhiều loại tiền tệ ({c}).
Hãy chọn một quốc gia trước, hoặc vẽ lương ÷ lương tối thiểu vùng.</translation>
    </message>
    <message>
        <source>too few
to show</source>
        <translation>quá ít
để hiển thị</translation>
    </message>
    <message>
        <source>Spread of {v}</source>
        <translation>Độ phân tán của {v}</translation>
    </message>
    <message>
        <source>Distribution of {v}</source>
        <translation>Phân bố của {v}</translation>
    </message>
    <message>
        <source>Number of {who}</source>
        <translation>Số {who}</translation>
    </message>
    <message>
        <source>95% CI, clustered by firm</source>
        <translation>khoảng tin cậy 95%, sai số cụm theo doanh nghiệp</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>KTC 95%</translation>
    </message>
    <message>
        <source>Share: {v}</source>
        <translation>Tỷ lệ: {v}</translation>
    </message>
    <message>
        <source>Mean: {v}</source>
        <translation>Trung bình: {v}</translation>
    </message>
    <message>
        <source>Choose a second variable</source>
        <translation>Hãy chọn biến thứ hai</translation>
    </message>
    <message>
        <source>{y} against {x}</source>
        <translation>{y} theo {x}</translation>
    </message>
</context>
<context>
    <name>DataFrameTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Mã {code}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Nhãn: {label}</translation>
    </message>
    <message>
        <source>Column {code} in the file</source>
        <translation>Cột {code} trong tệp</translation>
    </message>
    <message>
        <source>Derived: computed by Upgrading Explorer, not in the source file</source>
        <translation>Biến suy ra: do Upgrading Explorer tính, không có trong tệp gốc</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>The rows could not be exported.</source>
        <translation>Không xuất được các dòng.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Saved {n} rows to {name}</source>
        <translation>Đã lưu {n} dòng vào {name}</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translation>Xuất sổ kết quả</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Export analysis as Python script</source>
        <translation>Xuất phân tích thành tập lệnh Python</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Tập lệnh Python (*.py)</translation>
    </message>
    <message>
        <source>the default rules</source>
        <translation>quy tắc mặc định</translation>
    </message>
    <message>
        <source>edited in the rule editor (see Rules)</source>
        <translation>đã sửa trong trình sửa quy tắc (xem mục Quy tắc)</translation>
    </message>
    <message>
        <source>{firms} firms, {workers} workers</source>
        <translation>{firms} doanh nghiệp, {workers} người lao động</translation>
    </message>
    <message>
        <source>Could not export the results</source>
        <translation>Không xuất được kết quả</translation>
    </message>
    <message>
        <source>The results workbook could not be written to “{name}”.</source>
        <translation>Không ghi được sổ kết quả vào “{name}”.</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translation>Hãy chọn thư mục khác, hoặc đóng tệp nếu một chương trình khác đang mở nó.</translation>
    </message>
    <message>
        <source>Saved the results to {name}</source>
        <translation>Đã lưu kết quả vào {name}</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
    <message>
        <source>The report could not be written to “{name}”.</source>
        <translation>Không ghi được báo cáo vào “{name}”.</translation>
    </message>
    <message>
        <source>Saved the report to {name}</source>
        <translation>Đã lưu báo cáo vào {name}</translation>
    </message>
    <message>
        <source>Could not export the script</source>
        <translation>Không xuất được tập lệnh</translation>
    </message>
    <message>
        <source>The script could not be written to “{name}”.</source>
        <translation>Không ghi được tập lệnh vào “{name}”.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Saved the script {name} (it opens {project})</source>
        <translation>Đã lưu tập lệnh {name} (tập lệnh mở {project})</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>What the survey says about this subset: {firms} firms, {workers} workers</source>
        <translation>Khảo sát cho thấy gì về tập con này: {firms} doanh nghiệp, {workers} người lao động</translation>
    </message>
    <message>
        <source>No finding for this subset: it has no upgrading types or no workers.</source>
        <translation>Chưa có kết luận cho tập con này: không có loại nâng cấp hoặc không có người lao động.</translation>
    </message>
    <message>
        <source>Click a statement to see the chart and table behind it.</source>
        <translation>Bấm vào một nhận định để xem biểu đồ và bảng số liệu đằng sau.</translation>
    </message>
    <message>
        <source>⚠ Provisional: the adjusted gaps and the tests for few firms are still being computed. These statements are updated when they are ready.</source>
        <translation>⚠ Tạm thời: chênh lệch đã điều chỉnh và kiểm định cho các nhóm ít doanh nghiệp vẫn đang được tính. Các nhận định này sẽ được cập nhật khi tính xong.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết luận chính</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import review</source>
        <translation>Kiểm tra dữ liệu nhập</translation>
    </message>
    <message>
        <source>Check how “{name}” was read</source>
        <translation>Kiểm tra cách đọc tệp “{name}”</translation>
    </message>
    <message>
        <source>Upgrading Explorer has read &lt;b&gt;{name}&lt;/b&gt;. Check what each sheet is and what each column means; change anything that is wrong, then press &lt;b&gt;Accept&lt;/b&gt;. Your choices are remembered for this file.</source>
        <translation>Upgrading Explorer đã đọc &lt;b&gt;{name}&lt;/b&gt;. Hãy kiểm tra mỗi trang tính là gì và mỗi cột có nghĩa gì; sửa những chỗ chưa đúng rồi bấm &lt;b&gt;Chấp nhận&lt;/b&gt;. Lựa chọn của bạn sẽ được ghi nhớ cho tệp này.</translation>
    </message>
    <message>
        <source>Sheets in the file</source>
        <translation>Các trang tính trong tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Xem trước trang tính</translation>
    </message>
    <message>
        <source>Which table&apos;s columns</source>
        <translation>Cột của bảng nào</translation>
    </message>
    <message>
        <source>Firm table</source>
        <translation>Bảng doanh nghiệp</translation>
    </message>
    <message>
        <source>Worker table</source>
        <translation>Bảng người lao động</translation>
    </message>
    <message>
        <source>Columns and their roles</source>
        <translation>Các cột và vai trò</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Độ chắc chắn</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translation>Mã thiếu dữ liệu</translation>
    </message>
    <message>
        <source>Question and examples</source>
        <translation>Câu hỏi và ví dụ</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <source>Choose what the selected column means (F2 on a missing-codes cell edits the codes)</source>
        <translation>Chọn ý nghĩa của cột đang chọn (nhấn F2 trên ô mã thiếu dữ liệu để sửa các mã)</translation>
    </message>
    <message>
        <source>Columns of:</source>
        <translation>Cột của:</translation>
    </message>
    <message>
        <source>Spellings read as one value</source>
        <translation>Các cách viết được đọc là một giá trị</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Cột phân loại</translation>
    </message>
    <message>
        <source>Answers and how they are read</source>
        <translation>Các câu trả lời và cách đọc</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translation>Câu trả lời trong tệp</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Read as (edit to merge)</source>
        <translation>Đọc thành (sửa để gộp)</translation>
    </message>
    <message>
        <source>Spellings the app read as one value:</source>
        <translation>Các cách viết ứng dụng đã gộp thành một giá trị:</translation>
    </message>
    <message>
        <source>Answers of the category column:</source>
        <translation>Các câu trả lời của cột phân loại:</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Các vấn đề phát hiện trong dữ liệu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Questions the import could not decide</source>
        <translation>Những câu hỏi mà bước nhập dữ liệu không tự quyết định được</translation>
    </message>
    <message>
        <source>The file does not decide these. The best guess is used now; choose another answer if it is wrong, or press “This is right”.</source>
        <translation>Tệp dữ liệu không cho biết chắc những điều này. Phương án khả dĩ nhất đang được dùng; hãy chọn câu trả lời khác nếu nó sai, hoặc nhấp “Đúng rồi”.</translation>
    </message>
    <message>
        <source>What was assumed or changed</source>
        <translation>Những gì đã được giả định hoặc thay đổi</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Nội dung phát hiện</translation>
    </message>
    <message>
        <source>Columns and roles</source>
        <translation>Cột và vai trò</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Cách viết</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Huỷ mở tệp</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>That change could not be made ({error}).</source>
        <translation>Không thể thực hiện thay đổi đó ({error}).</translation>
    </message>
    <message>
        <source>This is right</source>
        <translation>Đúng rồi</translation>
    </message>
    <message>
        <source>Keep the answer shown and close this question</source>
        <translation>Giữ câu trả lời đang hiển thị và đóng câu hỏi này</translation>
    </message>
    <message>
        <source>What was assumed or changed ({n})</source>
        <translation>Những gì đã được giả định hoặc thay đổi ({n})</translation>
    </message>
    <message>
        <source>Nothing was assumed or changed: every answer is read as the file writes it.</source>
        <translation>Không có gì được giả định hay thay đổi: mọi câu trả lời được đọc đúng như tệp ghi.</translation>
    </message>
    <message>
        <source>{message}

Click to see it in the preview.</source>
        <translation>{message}

Nhấp để xem trong phần xem trước.</translation>
    </message>
    <message>
        <source>What sheet {name} is</source>
        <translation>Nội dung của trang tính {name}</translation>
    </message>
    <message>
        <source>Header row of {name}</source>
        <translation>Dòng tiêu đề của {name}</translation>
    </message>
    <message>
        <source>The row (as Excel numbers it) that holds the column names</source>
        <translation>Dòng (theo số dòng của Excel) chứa tên các cột</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: column names from row {row}; the numbers on the left are the rows as Excel shows them.</source>
        <translation>Trang tính “{sheet}”: tên cột lấy từ dòng {row}; số bên trái là số dòng như Excel hiển thị.</translation>
    </message>
    <message>
        <source>File “{sheet}”</source>
        <translation>Tệp “{sheet}”</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {message}</source>
        <translation>Trang tính “{sheet}”, dòng {row}: {message}</translation>
    </message>
    <message>
        <source>Double-click or press “Change role…” to change it</source>
        <translation>Nhấp đúp hoặc bấm “Đổi vai trò…” để thay đổi</translation>
    </message>
    <message>
        <source>Not sure: please check this one</source>
        <translation>Chưa chắc chắn: vui lòng kiểm tra mục này</translation>
    </message>
    <message>
        <source>Answers that mean “no answer” (e.g. 98, 99, Don&apos;t know). Separate them with commas.</source>
        <translation>Các câu trả lời có nghĩa là “không trả lời” (ví dụ 98, 99, Không biết). Phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>No sheet is used as this table. Choose one above under “What it is”.</source>
        <translation>Chưa có trang tính nào được dùng làm bảng này. Hãy chọn ở cột “Nội dung” phía trên.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {n} of {total} columns have a role. Columns without a role stay visible in the tables.</source>
        <translation>Trang tính “{sheet}”: {n}/{total} cột đã có vai trò. Các cột chưa có vai trò vẫn hiển thị trong bảng.</translation>
    </message>
    <message>
        <source>No different spellings of the same answer were found.</source>
        <translation>Không thấy câu trả lời nào được viết theo nhiều cách khác nhau.</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>người lao động</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>{message}

Click to see this row.</source>
        <translation>{message}

Nhấp để xem dòng này.</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Vấn đề ({n})</translation>
    </message>
    <message>
        <source>{n} error(s) to look at before accepting</source>
        <translation>Có {n} lỗi cần xem trước khi chấp nhận</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recognising the questions</source>
        <translation>Đang nhận diện các câu hỏi</translation>
    </message>
    <message>
        <source>Building the survey</source>
        <translation>Đang tạo bộ dữ liệu khảo sát</translation>
    </message>
    <message>
        <source>Looking for choices made before</source>
        <translation>Đang tìm các lựa chọn đã thực hiện trước đây</translation>
    </message>
    <message>
        <source>Computing upgrading types and worker measures</source>
        <translation>Đang tính các loại nâng cấp và chỉ số người lao động</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Đang đọc {name}</translation>
    </message>
    <message>
        <source>Firms table</source>
        <translation>Bảng doanh nghiệp</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>Workers table</source>
        <translation>Bảng người lao động</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>người lao động</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Survey summary</source>
        <translation>Tóm tắt khảo sát</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Tiến độ mở tệp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translation>Dừng mở tệp (Esc)</translation>
    </message>
    <message>
        <source>Updating the analysis…</source>
        <translation>Đang cập nhật phân tích…</translation>
    </message>
    <message>
        <source>Updating the analysis</source>
        <translation>Đang cập nhật phân tích</translation>
    </message>
    <message>
        <source>Workshop mode: individual firms hidden</source>
        <translation>Chế độ hội thảo: đã ẩn từng doanh nghiệp</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết luận chính</translation>
    </message>
    <message>
        <source>Worker outcomes</source>
        <translation>Kết quả đối với người lao động</translation>
    </message>
    <message>
        <source>Economic × social</source>
        <translation>Kinh tế × xã hội</translation>
    </message>
    <message>
        <source>Chart builder</source>
        <translation>Tạo biểu đồ</translation>
    </message>
    <message>
        <source>Upgrading Explorer — {title}</source>
        <translation>Upgrading Explorer — {title}</translation>
    </message>
    <message>
        <source>{title} (changed, not saved)</source>
        <translation>{title} (đã thay đổi, chưa lưu)</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translation>1 doanh nghiệp</translation>
    </message>
    <message>
        <source>{count} firms</source>
        <translation>{count} doanh nghiệp</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>1 người lao động</translation>
    </message>
    <message>
        <source>{count} workers</source>
        <translation>{count} người lao động</translation>
    </message>
    <message>
        <source>{title} · {firms} · {workers}</source>
        <translation>{title} · {firms} · {workers}</translation>
    </message>
    <message>
        <source> · in the subset: {firms}, {workers}</source>
        <translation> · trong tập con: {firms}, {workers}</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The workshop handout</source>
        <translation>Tài liệu phát tay cho hội thảo</translation>
    </message>
    <message>
        <source>{what} is not installed with this copy of Upgrading Explorer (it should be at {path}). Ask whoever gave you the program for a complete copy, or read the guide in the docs folder of the source.</source>
        <translation>{what} không có trong bản Upgrading Explorer này (lẽ ra phải ở {path}). Hãy xin người đã đưa chương trình cho bạn một bản đầy đủ, hoặc đọc hướng dẫn trong thư mục docs của mã nguồn.</translation>
    </message>
    <message>
        <source>{what} could not be opened: no program on this computer opened {path}. Open the file yourself from that folder.</source>
        <translation>Không mở được {what}: không có chương trình nào trên máy này mở được {path}. Hãy tự mở tệp đó từ thư mục của nó.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Upgrading Explorer</source>
        <translation>Upgrading Explorer</translation>
    </message>
    <message>
        <source>No survey open. Use File → Open… or drop a survey file on this window.</source>
        <translation>Chưa mở khảo sát nào. Dùng Tệp → Mở… hoặc kéo thả tệp khảo sát vào cửa sổ này.</translation>
    </message>
    <message>
        <source>Surveys and projects (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.dta *.sav *.zsav *.json)</source>
        <translation>Khảo sát và dự án (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.dta *.sav *.zsav *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Open a survey</source>
        <translation>Mở khảo sát</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Economic and social upgrading</source>
        <translation>Nâng cấp kinh tế và nâng cấp xã hội</translation>
    </message>
    <message>
        <source>Workers counted in the firm mean</source>
        <translation>Người lao động được tính vào trung bình của doanh nghiệp</translation>
    </message>
    <message>
        <source>Social cut-off</source>
        <translation>Ngưỡng xã hội</translation>
    </message>
    <message>
        <source>median of firms</source>
        <translation>trung vị của các doanh nghiệp</translation>
    </message>
    <message>
        <source>mean of firms</source>
        <translation>trung bình của các doanh nghiệp</translation>
    </message>
    <message>
        <source>this value:</source>
        <translation>giá trị này:</translation>
    </message>
    <message>
        <source>Social cut-off value</source>
        <translation>Giá trị ngưỡng xã hội</translation>
    </message>
    <message>
        <source>Social score over:</source>
        <translation>Điểm xã hội tính trên:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translation>Ngưỡng:</translation>
    </message>
    <message>
        <source>Economic upgrading score (number of types, 0–4)</source>
        <translation>Điểm nâng cấp kinh tế (số loại nâng cấp, 0–4)</translation>
    </message>
    <message>
        <source>Firms in each quadrant</source>
        <translation>Số doanh nghiệp trong mỗi góc phần tư</translation>
    </message>
    <message>
        <source>Open a survey to see the matrix</source>
        <translation>Mở một cuộc khảo sát để xem ma trận</translation>
    </message>
    <message>
        <source>all workers</source>
        <translation>mọi người lao động</translation>
    </message>
    <message>
        <source>No measurable-standards index for these workers</source>
        <translation>Những người lao động này không có chỉ số tiêu chuẩn đo lường được</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Upgraded (any type)</source>
        <translation>Có nâng cấp (bất kỳ loại nào)</translation>
    </message>
    <message>
        <source>Not upgraded</source>
        <translation>Không nâng cấp</translation>
    </message>
    <message>
        <source>Upgrading unknown</source>
        <translation>Không rõ nâng cấp</translation>
    </message>
    <message>
        <source>median</source>
        <translation>trung vị</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <source>cut-off</source>
        <translation>ngưỡng</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Có nâng cấp</translation>
    </message>
    <message>
        <source>MS above {w}</source>
        <translation>MS trên {w}</translation>
    </message>
    <message>
        <source>MS at or below {w}</source>
        <translation>MS bằng hoặc dưới {w}</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translation>1 doanh nghiệp</translation>
    </message>
    <message>
        <source>{n} firms</source>
        <translation>{n} doanh nghiệp</translation>
    </message>
    <message>
        <source>Economic × social upgrading ({n} firms; MS over {over})</source>
        <translation>Nâng cấp kinh tế × xã hội ({n} doanh nghiệp; MS tính trên {over})</translation>
    </message>
    <message>
        <source>Firm mean of measurable standards index (0–1)</source>
        <translation>Chỉ số tiêu chuẩn đo lường được, trung bình doanh nghiệp (0–1)</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Mọi người lao động</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Phân tách</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firms in each quadrant, by breakdown&lt;/b&gt; (MS above / at or below each breakdown&apos;s {w})</source>
        <translation>&lt;b&gt;Số doanh nghiệp trong mỗi góc phần tư, theo nhóm phân tách&lt;/b&gt; (MS trên / bằng hoặc dưới {w} của từng nhóm)</translation>
    </message>
    <message>
        <source>Social cut-off = {cut:.2f}; points at the line count as at or below. {k} firms are not shown: none of these workers there has an MS index.</source>
        <translation>Ngưỡng xã hội = {cut:.2f}; điểm nằm trên đường kẻ được tính là bằng hoặc dưới ngưỡng. {k} doanh nghiệp không được hiển thị: không người lao động nào ở đó có chỉ số MS.</translation>
    </message>
    <message>
        <source>Each point is a firm (moved a little sideways so points do not hide each other).</source>
        <translation>Mỗi điểm là một doanh nghiệp (dịch sang ngang một chút để các điểm không che nhau).</translation>
    </message>
    <message>
        <source>Cut-off ({w})</source>
        <translation>Ngưỡng ({w})</translation>
    </message>
    <message>
        <source>Too few to show: fewer than {f} firms or {w} workers have an MS index here</source>
        <translation>Quá ít để hiển thị: ở đây dưới {f} doanh nghiệp hoặc dưới {w} người lao động có chỉ số MS</translation>
    </message>
</context>
<context>
    <name>OpenController</name>
    <message>
        <source>Opening files is not available</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>This window was started without a file reader.</source>
        <translation>Cửa sổ này được khởi động mà không có bộ đọc tệp.</translation>
    </message>
    <message>
        <source>Start Upgrading Explorer with “python main.py”.</source>
        <translation>Hãy khởi động Upgrading Explorer bằng lệnh “python main.py”.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <source>Stopped opening {name}</source>
        <translation>Đã dừng mở {name}</translation>
    </message>
    <message>
        <source>{name} was not opened</source>
        <translation>Chưa mở {name}</translation>
    </message>
    <message>
        <source>Where is “{name}” now? The project needs it</source>
        <translation>Tệp “{name}” hiện nằm ở đâu? Dự án cần tệp này</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The data has changed</source>
        <translation>Dữ liệu đã thay đổi</translation>
    </message>
    <message>
        <source>{names} changed since this project was saved.</source>
        <translation>{names} đã thay đổi kể từ khi dự án được lưu.</translation>
    </message>
    <message>
        <source>The numbers will be computed from the file as it is now, so they may differ from the ones you saved. If this is not the file you meant, choose Cancel: the survey you have open stays open.</source>
        <translation>Các con số sẽ được tính từ tệp ở trạng thái hiện tại nên có thể khác với kết quả bạn đã lưu. Nếu đây không phải tệp bạn muốn, hãy chọn Huỷ: khảo sát đang mở vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Open with the file as it is now</source>
        <translation>Mở với tệp ở trạng thái hiện tại</translation>
    </message>
    <message>
        <source>Data from another folder</source>
        <translation>Dữ liệu từ thư mục khác</translation>
    </message>
    <message>
        <source>This project reads data from outside its own folder:</source>
        <translation>Dự án này đọc dữ liệu nằm ngoài thư mục của chính nó:</translation>
    </message>
    <message>
        <source>A project file you received could name any file on this computer. Read it only if you expect this project to use that file; otherwise choose Cancel: nothing is read and the survey you have open stays open.</source>
        <translation>Một tệp dự án bạn nhận được có thể trỏ tới bất kỳ tệp nào trên máy này. Chỉ đọc nếu bạn biết dự án này cần dùng tệp đó; nếu không, hãy chọn Hủy: không có gì được đọc và khảo sát đang mở vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Read this file</source>
        <translation>Đọc tệp này</translation>
    </message>
    <message>
        <source>The survey you had open is still open.</source>
        <translation>Khảo sát bạn đang mở vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Upgrading Explorer could not open “{name}”.</source>
        <translation>Upgrading Explorer không mở được “{name}”.</translation>
    </message>
    <message>
        <source>This is probably a problem in Upgrading Explorer, not in your file. Your previous survey is still open. Please send the details below to the team.</source>
        <translation>Đây có lẽ là lỗi của Upgrading Explorer, không phải của tệp. Khảo sát trước đó của bạn vẫn đang mở. Vui lòng gửi phần chi tiết dưới đây cho nhóm phát triển.</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Xoá danh sách</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Không có tệp gần đây</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Worker outcomes</source>
        <translation>Kết quả đối với người lao động</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Compare groups of</source>
        <translation>So sánh các nhóm theo</translation>
    </message>
    <message>
        <source>Side by side for each</source>
        <translation>Tách thành các cột cạnh nhau theo</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>So sánh:</translation>
    </message>
    <message>
        <source>Side by side for each:</source>
        <translation>Tách theo:</translation>
    </message>
    <message>
        <source>Means with 95% CI</source>
        <translation>Trung bình, khoảng tin cậy 95%</translation>
    </message>
    <message>
        <source>Spread (box plot)</source>
        <translation>Độ phân tán (biểu đồ hộp)</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Bảng so sánh</translation>
    </message>
    <message>
        <source>Open a survey to compare workers</source>
        <translation>Mở một cuộc khảo sát để so sánh người lao động</translation>
    </message>
    <message>
        <source>Pay is in {c}: wages in money are compared only within one country. Choose one country in the subset, or pick “Wage ÷ minimum wage”.</source>
        <translation>Tiền lương tính bằng {c}: lương bằng tiền chỉ được so sánh trong một quốc gia. Hãy chọn một quốc gia trong tập con, hoặc chọn “Lương ÷ lương tối thiểu vùng”.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>No worker outcome is known in this survey: no column was read as wage, training, contract, hours or promotion.
Give the columns their roles with File → Review import again…</source>
        <translation>Khảo sát này chưa có chỉ tiêu nào về người lao động: không cột nào được đọc là lương, đào tạo, hợp đồng, giờ làm hay thăng tiến.
Hãy gán vai trò cho các cột bằng Tệp → Kiểm tra lại cách nhập…</translation>
    </message>
    <message>
        <source>Nobody: one bar per group</source>
        <translation>Không tách</translation>
    </message>
    <message>
        <source>Could not compare: {m}</source>
        <translation>Không so sánh được: {m}</translation>
    </message>
    <message>
        <source>No workers with this outcome in the subset</source>
        <translation>Không có người lao động nào có chỉ tiêu này trong tập con</translation>
    </message>
    <message>
        <source>{f} firms</source>
        <translation>{f} DN</translation>
    </message>
    <message>
        <source>{w} workers</source>
        <translation>{w} NLĐ</translation>
    </message>
    <message>
        <source>too few
to show</source>
        <translation>quá ít
để hiển thị</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>{what}: {outcome} (95% CI, clustered by firm)</source>
        <translation>{what}: {outcome} (khoảng tin cậy 95%, sai số cụm theo doanh nghiệp)</translation>
    </message>
    <message>
        <source> (reference: {r})</source>
        <translation> (nhóm tham chiếu: {r})</translation>
    </message>
    <message>
        <source>Pay is in {c}: wages in money are shown only within one country. Showing wage ÷ minimum wage.</source>
        <translation>Tiền lương tính bằng {c}: lương bằng tiền chỉ được hiển thị trong một quốc gia. Đang hiển thị lương ÷ lương tối thiểu vùng.</translation>
    </message>
    <message>
        <source>No pay to show</source>
        <translation>Không có dữ liệu tiền lương để hiển thị</translation>
    </message>
    <message>
        <source>Choose one country
to see the spread of pay</source>
        <translation>Hãy chọn một quốc gia
để xem độ phân tán tiền lương</translation>
    </message>
    <message>
        <source>(+{n} more notes: point here to read them)</source>
        <translation>(+{n} ghi chú khác: trỏ chuột vào đây để đọc)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Không có gì để hiển thị</translation>
    </message>
    <message>
        <source>n={n}</source>
        <translation>n={n}</translation>
    </message>
    <message>
        <source>Spread (median and middle half)</source>
        <translation>Độ phân tán (trung vị và 50% ở giữa)</translation>
    </message>
    <message>
        <source>95% CI {low} to {high}</source>
        <translation>Khoảng tin cậy 95% từ {low} đến {high}</translation>
    </message>
    <message>
        <source>Holding constant: {controls}</source>
        <translation>Giữ cố định: {controls}</translation>
    </message>
    <message>
        <source>p-value {p}</source>
        <translation>giá trị p {p}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} đến {high}</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nhóm tham chiếu</translation>
    </message>
    <message>
        <source>{diff} pts</source>
        <translation>{diff} điểm %</translation>
    </message>
    <message>
        <source>Adjusted for the {n} tests in this table (Holm): with many tests, some p-values are small by chance alone</source>
        <translation>Đã điều chỉnh cho {n} kiểm định trong bảng này (Holm): khi có nhiều kiểm định, một số giá trị p nhỏ chỉ do ngẫu nhiên</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Tập con</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>KTC 95%</translation>
    </message>
    <message>
        <source>Difference from {r}</source>
        <translation>Chênh lệch so với {r}</translation>
    </message>
    <message>
        <source>Adjusted difference</source>
        <translation>Chênh lệch đã điều chỉnh</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Giá trị p</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Some groups have fewer than {n} firms: their ranges are rough (see Note).</source>
        <translation>Một số nhóm có dưới {n} doanh nghiệp: khoảng tin cậy của chúng chỉ mang tính ước lượng thô (xem Ghi chú).</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Role of column “{column}”</source>
        <translation>Vai trò của cột “{column}”</translation>
    </message>
    <message>
        <source>Type to search roles (English or Tiếng Việt)…</source>
        <translation>Gõ để tìm vai trò (tiếng Anh hoặc tiếng Việt)…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Tìm vai trò</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Các vai trò</translation>
    </message>
    <message>
        <source>(no role) — the column is kept for browsing only</source>
        <translation>(không có vai trò) — cột chỉ được giữ để xem</translation>
    </message>
    <message>
        <source>Use this role</source>
        <translation>Dùng vai trò này</translation>
    </message>
    <message>
        <source>No role matches “{text}”. Try another word, or choose “(no role)”.</source>
        <translation>Không có vai trò nào khớp với “{text}”. Hãy thử từ khác, hoặc chọn “(không có vai trò)”.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule editor</source>
        <translation>Trình sửa quy tắc</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upgrading rules&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quy tắc xác định nâng cấp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A type is “yes” when any ticked item is yes. Untick an item or change a threshold to see what would change.</source>
        <translation>Một loại nâng cấp là “có” khi bất kỳ tiêu chí nào được đánh dấu là có. Bỏ đánh dấu một tiêu chí hoặc đổi ngưỡng để xem kết quả thay đổi thế nào.</translation>
    </message>
    <message>
        <source>Rule items</source>
        <translation>Các tiêu chí của quy tắc</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Undo edits</source>
        <translation>Huỷ sửa</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translation>Xuống cấp</translation>
    </message>
    <message>
        <source> — any of</source>
        <translation> — một trong các tiêu chí</translation>
    </message>
    <message>
        <source> — all of</source>
        <translation> — tất cả các tiêu chí</translation>
    </message>
    <message>
        <source>Test for {item}</source>
        <translation>Phép so sánh cho {item}</translation>
    </message>
    <message>
        <source>Threshold for {item}</source>
        <translation>Ngưỡng cho {item}</translation>
    </message>
    <message>
        <source>Tick at least one item: no upgrading type is left</source>
        <translation>Hãy đánh dấu ít nhất một tiêu chí: hiện không còn loại nâng cấp nào</translation>
    </message>
    <message>
        <source>No firms to preview</source>
        <translation>Không có doanh nghiệp để xem trước</translation>
    </message>
    <message>
        <source>These are the rules in use.</source>
        <translation>Đây là các quy tắc đang được áp dụng.</translation>
    </message>
    <message>
        <source>1 firm changes category</source>
        <translation>1 doanh nghiệp đổi loại</translation>
    </message>
    <message>
        <source>{n} firms change category</source>
        <translation>{n} doanh nghiệp đổi loại</translation>
    </message>
    <message>
        <source>Firms with each type (of {n}): </source>
        <translation>Số doanh nghiệp có từng loại (trên tổng {n}): </translation>
    </message>
    <message>
        <source>Moves: </source>
        <translation>Chuyển loại: </translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Selected: {firms} firms, {workers} workers</source>
        <translation>Đã chọn: {firms} doanh nghiệp, {workers} người lao động</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Save subset “{name}”</source>
        <translation>Lưu tập con “{name}”</translation>
    </message>
    <message>
        <source>Rename subset “{old}”</source>
        <translation>Đổi tên tập con “{old}”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Tick values in the subset</source>
        <translation>Đánh dấu giá trị trong tập con</translation>
    </message>
    <message>
        <source>Change a range of the subset</source>
        <translation>Đổi khoảng giá trị của tập con</translation>
    </message>
    <message>
        <source>Clear the subset</source>
        <translation>Bỏ lọc tập con</translation>
    </message>
    <message>
        <source>Use a saved subset</source>
        <translation>Dùng tập con đã lưu</translation>
    </message>
    <message>
        <source>Delete subset “{name}”</source>
        <translation>Xoá tập con “{name}”</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Dừng so sánh</translation>
    </message>
    <message>
        <source>Compare with another subset</source>
        <translation>So sánh với tập con khác</translation>
    </message>
    <message>
        <source>Reset the rules</source>
        <translation>Đặt lại quy tắc</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Thay đổi quy tắc</translation>
    </message>
    <message>
        <source>Change the project settings</source>
        <translation>Thay đổi thiết lập dự án</translation>
    </message>
    <message>
        <source>Turn workshop mode on</source>
        <translation>Bật chế độ hội thảo</translation>
    </message>
    <message>
        <source>Turn workshop mode off</source>
        <translation>Tắt chế độ hội thảo</translation>
    </message>
    <message>
        <source>Review the import</source>
        <translation>Kiểm tra lại dữ liệu nhập</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <source>Upgrading Explorer project (*.uex.json)</source>
        <translation>Dự án Upgrading Explorer (*.uex.json)</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <source>The project could not be written to “{name}”.</source>
        <translation>Không ghi được dự án vào “{name}”.</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translation>Hãy chọn thư mục khác, hoặc đóng tệp nếu một chương trình khác đang mở nó.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Thiết lập dự án</translation>
    </message>
    <message>
        <source>These settings are saved with the project and apply to every table, chart and export.</source>
        <translation>Các thiết lập này được lưu cùng dự án và áp dụng cho mọi bảng, biểu đồ và tệp xuất.</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Bảo mật số liệu</translation>
    </message>
    <message>
        <source>Hide a number based on fewer than this many firms:</source>
        <translation>Ẩn con số dựa trên ít hơn số doanh nghiệp này:</translation>
    </message>
    <message>
        <source>Hide a number based on fewer than this many workers:</source>
        <translation>Ẩn con số dựa trên ít hơn số người lao động này:</translation>
    </message>
    <message>
        <source>Warn when a group has fewer than this many firms:</source>
        <translation>Cảnh báo khi một nhóm có ít hơn số doanh nghiệp này:</translation>
    </message>
    <message>
        <source>Hidden numbers show as “suppressed”. With few firms, confidence intervals clustered by firm are unreliable, so such groups are flagged.</source>
        <translation>Con số bị ẩn hiển thị là “đã ẩn”. Khi có ít doanh nghiệp, khoảng tin cậy tính theo cụm doanh nghiệp không đáng tin cậy, vì vậy các nhóm đó được đánh dấu.</translation>
    </message>
    <message>
        <source>Comparing workers</source>
        <translation>So sánh người lao động</translation>
    </message>
    <message>
        <source>The adjusted difference holds these equal:</source>
        <translation>Chênh lệch đã điều chỉnh giữ cố định các yếu tố sau:</translation>
    </message>
    <message>
        <source>Use the survey&apos;s weights (when it has them)</source>
        <translation>Dùng trọng số của cuộc khảo sát (nếu có)</translation>
    </message>
    <message>
        <source>Survey year by country (for the minimum wage, when the survey has no interview date):</source>
        <translation>Năm khảo sát theo quốc gia (để chọn lương tối thiểu khi khảo sát không có ngày phỏng vấn):</translation>
    </message>
    <message>
        <source>e.g. Vietnam 2019, Thailand 2020</source>
        <translation>ví dụ: Vietnam 2019, Thailand 2020</translation>
    </message>
    <message>
        <source>Workshop mode: hide individual firms</source>
        <translation>Chế độ hội thảo: ẩn từng doanh nghiệp</translation>
    </message>
    <message>
        <source>Hide the firms table, the firm list and firm ids in exports, for showing results to an audience. Totals, shares and charts stay as they are.</source>
        <translation>Ẩn bảng doanh nghiệp, danh sách doanh nghiệp và mã doanh nghiệp trong tệp xuất khi trình bày kết quả trước người xem. Tổng số, tỷ lệ và biểu đồ vẫn giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>SubsetPanel</name>
    <message>
        <source>Subset panel</source>
        <translation>Khung tập con</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Tập con</translation>
    </message>
    <message>
        <source>Subset size</source>
        <translation>Quy mô tập con</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Look at every firm and worker again</source>
        <translation>Xem lại toàn bộ doanh nghiệp và người lao động</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Keep this subset under a name</source>
        <translation>Lưu tập con này với một tên</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Use a subset saved before</source>
        <translation>Dùng một tập con đã lưu</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>So sánh với…</translation>
    </message>
    <message>
        <source>Compare this subset (A) with a saved one (B) in the analysis views</source>
        <translation>So sánh tập con này (A) với một tập con đã lưu (B) trong các thẻ phân tích</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Dừng so sánh</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Giá trị lọc</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Khoảng giá trị</translation>
    </message>
    <message>
        <source>No survey open</source>
        <translation>Chưa mở khảo sát</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>người lao động</translation>
    </message>
    <message>
        <source>{facet} ({unit})</source>
        <translation>{facet} ({unit})</translation>
    </message>
    <message>
        <source>Tick values to keep only those {unit}</source>
        <translation>Đánh dấu giá trị để chỉ giữ những {unit} đó</translation>
    </message>
    <message>
        <source>{role} of the {unit}</source>
        <translation>{role} của {unit}</translation>
    </message>
    <message>
        <source>Leave empty for no limit</source>
        <translation>Để trống nếu không giới hạn</translation>
    </message>
    <message>
        <source>Lowest in the survey: {value}</source>
        <translation>Thấp nhất trong khảo sát: {value}</translation>
    </message>
    <message>
        <source>Highest in the survey: {value}</source>
        <translation>Cao nhất trong khảo sát: {value}</translation>
    </message>
    <message>
        <source>{role}: {end}</source>
        <translation>{role}: {end}</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Type a number, or leave empty for no limit</source>
        <translation>Nhập một số, hoặc để trống nếu không giới hạn</translation>
    </message>
    <message>
        <source>{n} ticked</source>
        <translation>đã chọn {n}</translation>
    </message>
    <message>
        <source>This survey has no firms or workers yet</source>
        <translation>Khảo sát này chưa có doanh nghiệp hay người lao động nào</translation>
    </message>
    <message>
        <source>{n} of {total} firms · {m} of {all} workers</source>
        <translation>{n}/{total} doanh nghiệp · {m}/{all} người lao động</translation>
    </message>
    <message>
        <source>(the workers come from {n} firms)</source>
        <translation>(số người lao động này thuộc {n} doanh nghiệp)</translation>
    </message>
    <message>
        <source>Save subset</source>
        <translation>Lưu tập con</translation>
    </message>
    <message>
        <source>Name of this subset:</source>
        <translation>Tên của tập con này:</translation>
    </message>
    <message>
        <source>Rename subset</source>
        <translation>Đổi tên tập con</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>Tên mới của “{name}”:</translation>
    </message>
    <message>
        <source>No saved subsets yet: use Save…</source>
        <translation>Chưa có tập con nào được lưu: dùng Lưu…</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>Dùng “{name}”</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Everyone (no filter)</source>
        <translation>Tất cả (không lọc)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Comparing A: this subset
with B: {name}</source>
        <translation>Đang so sánh A: tập con này
với B: {name}</translation>
    </message>
</context>
<context>
    <name>SurveyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy with column &amp;names</source>
        <translation>Sao chép kèm &amp;tên cột</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Hiện tất cả các cột</translation>
    </message>
    <message>
        <source>Hide “{name}”</source>
        <translation>Ẩn “{name}”</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search these rows…</source>
        <translation>Tìm trong bảng…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>Tìm trong {what}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Hide or show columns</source>
        <translation>Ẩn hoặc hiện cột</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the selected cells (paste into Excel)</source>
        <translation>Sao chép các ô đang chọn (để dán vào Excel)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Save the rows shown to an Excel or CSV file</source>
        <translation>Lưu các dòng đang hiển thị ra tệp Excel hoặc CSV</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;&lt;b&gt;&lt;i&gt;Bold teal&lt;/i&gt;&lt;/b&gt;&lt;/span&gt; columns are computed by the app</source>
        <translation>Các cột &lt;span style=&quot;color:{colour}&quot;&gt;&lt;b&gt;&lt;i&gt;chữ đậm màu xanh&lt;/i&gt;&lt;/b&gt;&lt;/span&gt; do ứng dụng tính</translation>
    </message>
    <message>
        <source>{n} {noun}</source>
        <translation>{n} {noun}</translation>
    </message>
    <message>
        <source>{shown} of {total} {noun} shown</source>
        <translation>Đang hiển thị {shown}/{total} {noun}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>Văn bản CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Xuất các dòng đang hiển thị</translation>
    </message>
</context>
<context>
    <name>UpgradingView</name>
    <message>
        <source>Upgrading</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translation>Chia cột theo</translation>
    </message>
    <message>
        <source>Split the bars by:</source>
        <translation>Chia cột theo:</translation>
    </message>
    <message>
        <source>Show or hide the upgrading rules beside the chart (hidden by themselves when the window is too narrow for both)</source>
        <translation>Hiện hoặc ẩn các quy tắc nâng cấp bên cạnh biểu đồ (tự ẩn khi cửa sổ quá hẹp để hiện cả hai)</translation>
    </message>
    <message>
        <source>Share of firms with each type of upgrading</source>
        <translation>Tỷ lệ doanh nghiệp theo loại nâng cấp</translation>
    </message>
    <message>
        <source>Share of firms, % (95% CI)</source>
        <translation>Tỷ lệ doanh nghiệp, % (KTC 95%)</translation>
    </message>
    <message>
        <source>Combinations of upgrading types</source>
        <translation>Kết hợp các loại nâng cấp</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translation>Số doanh nghiệp</translation>
    </message>
    <message>
        <source>Bargaining position with buyers</source>
        <translation>Vị thế thương lượng với người mua</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translation>Xuống cấp</translation>
    </message>
    <message>
        <source>Share of firms downgraded, % (95% CI)</source>
        <translation>Tỷ lệ doanh nghiệp xuống cấp, % (KTC 95%)</translation>
    </message>
    <message>
        <source>Types of upgrading</source>
        <translation>Các loại nâng cấp</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>Bargaining and downgrading</source>
        <translation>Thương lượng, xuống cấp</translation>
    </message>
    <message>
        <source>Firms with their upgrading flags</source>
        <translation>Doanh nghiệp và các loại nâng cấp của từng doanh nghiệp</translation>
    </message>
    <message>
        <source>Firms, with why each is classed as it is (hover the explanation):</source>
        <translation>Doanh nghiệp, kèm lý do được xếp loại (di chuột lên phần giải thích):</translation>
    </message>
    <message>
        <source>Open a survey to see upgrading</source>
        <translation>Mở một cuộc khảo sát để xem nâng cấp</translation>
    </message>
    <message>
        <source>Show rules</source>
        <translation>Hiện quy tắc</translation>
    </message>
    <message>
        <source>All firms together</source>
        <translation>Gộp tất cả doanh nghiệp</translation>
    </message>
    <message>
        <source>{firms} firms · {workers} workers in the subset</source>
        <translation>Tập con: {firms} doanh nghiệp · {workers} người lao động</translation>
    </message>
    <message>
        <source> · B: {firms} firms</source>
        <translation> · B: {firms} doanh nghiệp</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>All firms (n={n})</source>
        <translation>Tất cả doanh nghiệp (n={n})</translation>
    </message>
    <message>
        <source>subset A vs B</source>
        <translation>tập con A so với B</translation>
    </message>
    <message>
        <source>, by {split}</source>
        <translation>, chia theo {split}</translation>
    </message>
    <message>
        <source>Type of upgrading (chain = into a new sector)</source>
        <translation>Loại nâng cấp</translation>
    </message>
    <message>
        <source>Downgrading not computed: the survey lacks its items</source>
        <translation>Chưa tính xuống cấp: khảo sát thiếu các câu hỏi liên quan</translation>
    </message>
    <message>
        <source>No combination can be counted: types not computed</source>
        <translation>Không đếm được kết hợp nào: chưa tính các loại nâng cấp</translation>
    </message>
    <message>
        <source>Some type unknown</source>
        <translation>Không rõ một số loại</translation>
    </message>
    <message>
        <source>No upgrading</source>
        <translation>Không nâng cấp</translation>
    </message>
    <message>
        <source>Hide rules</source>
        <translation>Ẩn quy tắc</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Number of firms (share of firms with every type known)</source>
        <translation>Số doanh nghiệp (tỷ lệ trong số doanh nghiệp có đủ thông tin về mọi loại)</translation>
    </message>
    <message>
        <source>Bargaining change not computed: the survey lacks price-setting questions</source>
        <translation>Chưa tính thay đổi vị thế thương lượng: khảo sát thiếu câu hỏi về quyết định giá</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Kém đi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Được cải thiện</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Price-setting power now vs before</source>
        <translation>Khả năng quyết định giá hiện nay so với trước đây</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Highest type</source>
        <translation>Loại cao nhất</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>Thương lượng</translation>
    </message>
    <message>
        <source>MS index (firm mean)</source>
        <translation>Chỉ số MS (trung bình doanh nghiệp)</translation>
    </message>
    <message>
        <source>Why (rule items that fired or were missing)</source>
        <translation>Lý do (tiêu chí thoả mãn hoặc thiếu dữ liệu)</translation>
    </message>
</context>
<context>
    <name>ViewTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Xuất bảng…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy {table}</source>
        <translation>Sao chép {table}</translation>
    </message>
    <message>
        <source>Copy the selected rows, or the whole table, with the column names (paste into Excel)</source>
        <translation>Sao chép các dòng đã chọn, hoặc cả bảng, kèm tên cột (dán được vào Excel)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Xuất bảng…</translation>
    </message>
    <message>
        <source>Export {table} to a file</source>
        <translation>Xuất {table} ra tệp</translation>
    </message>
    <message>
        <source>Save this table to an Excel or CSV file</source>
        <translation>Lưu bảng này ra tệp Excel hoặc CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>Văn bản CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Xuất bảng</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>Upgrading Explorer</source>
        <translation>Upgrading Explorer</translation>
    </message>
    <message>
        <source>Open a survey workbook (Excel, CSV, Stata, SPSS) or a saved project, or start with the sample survey. You can also drop a file anywhere on this window.</source>
        <translation>Mở sổ tính khảo sát (Excel, CSV, Stata, SPSS) hoặc một dự án đã lưu, hoặc bắt đầu với khảo sát mẫu. Bạn cũng có thể kéo thả tệp vào bất kỳ chỗ nào trên cửa sổ này.</translation>
    </message>
    <message>
        <source>&amp;Open survey…</source>
        <translation>&amp;Mở khảo sát…</translation>
    </message>
    <message>
        <source>Open the &amp;sample survey</source>
        <translation>Mở khảo sát &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Tệp gần đây</translation>
    </message>
</context>
</TS>
