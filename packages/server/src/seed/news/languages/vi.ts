/** Tiếng Việt. */
import type { LanguagePack } from '../multilingual.js';

export const vi: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Thương mại hàng hóa của Trung Quốc tháng ${month}/${year} tăng 4,6% so với cùng kỳ`,
      `Theo số liệu thống kê hải quan, kim ngạch thương mại hàng hóa của Trung Quốc trong tháng ${month}/${year} đạt 3.820 tỷ nhân dân tệ, tăng 4,6% so với cùng kỳ năm trước; trong đó xuất khẩu tăng 6,1% lên 2.200 tỷ nhân dân tệ, nhập khẩu tăng 2,7% lên 1.620 tỷ nhân dân tệ.`,
      'Một quan chức Bộ Thương mại cho biết ngoại thương tiếp tục tăng trưởng ổn định. Thương mại với các thị trường mới nổi được mở rộng, hàng cơ điện chiếm gần 60% tổng kim ngạch xuất khẩu.',
    ],
    investmentMeasures: [
      'Bộ Thương mại Trung Quốc ban hành 16 biện pháp nhằm ổn định hơn nữa đầu tư nước ngoài',
      'Bộ Thương mại Trung Quốc đã ban hành 16 biện pháp nhằm ổn định hơn nữa đầu tư nước ngoài, bao gồm mở rộng tiếp cận thị trường, bảo đảm đối xử bình đẳng trong mua sắm chính phủ và xây dựng tiêu chuẩn, cũng như tạo thuận lợi cho luồng dữ liệu xuyên biên giới của doanh nghiệp có vốn đầu tư nước ngoài.',
      'Cơ chế bàn tròn định kỳ với doanh nghiệp nước ngoài sẽ giúp giải quyết nhanh hơn các mối quan tâm của họ. Bộ sẽ phối hợp với các cơ quan liên quan và chính quyền địa phương để triển khai các biện pháp này.',
    ],
    cantonFair: [
      'Hội chợ Xuất nhập khẩu Trung Quốc khai mạc tại Quảng Châu với hơn 30.000 doanh nghiệp tham gia',
      'Hội chợ Xuất nhập khẩu Trung Quốc (Hội chợ Canton) đã khai mạc tại Quảng Châu với hơn 30.000 doanh nghiệp trưng bày và hơn 200.000 người mua nước ngoài đăng ký trước.',
      'Kỳ hội chợ lần này tập trung vào sản xuất tiên tiến, đồ gia dụng chất lượng cao và hàng hóa xanh, ít carbon; doanh nghiệp lần đầu tham gia chiếm khoảng một phần năm. Song song với hội chợ, một nền tảng trực tuyến hoạt động quanh năm.',
    ],
    jointCommission: [
      'Trung Quốc và Brazil họp Ủy ban Kinh tế - Thương mại, nhất trí mở rộng hợp tác nông nghiệp và công nghiệp xanh',
      'Trung Quốc và Brazil đã tổ chức phiên họp Ủy ban hỗn hợp về hợp tác kinh tế - thương mại tại Bắc Kinh và nhất trí mở rộng hợp tác trong các lĩnh vực nông nghiệp, công nghiệp xanh và kinh tế số.',
      'Hai bên đã điểm lại đà tăng trưởng ổn định của thương mại và đầu tư song phương, đồng thời ký biên bản về tạo thuận lợi thương mại, xúc tiến đầu tư và kiểm dịch nông sản.',
    ],
    consumptionSeason: [
      'Bộ Thương mại Trung Quốc phát động Mùa tiêu dùng dịch vụ toàn quốc',
      'Bộ Thương mại Trung Quốc đã phát động Mùa tiêu dùng dịch vụ trên toàn quốc với hơn 5.000 sự kiện trong các lĩnh vực ăn uống, du lịch, văn hóa, thể thao và chăm sóc người cao tuổi.',
      'Các cơ quan thương mại địa phương sẽ phối hợp với các nền tảng trực tuyến và doanh nghiệp đưa ra ưu đãi và dịch vụ mới, còn Bộ sẽ theo dõi doanh số qua hệ thống giám sát dữ liệu lớn.',
    ],
    ecommerceAgreement: [
      'Trung Quốc và Kazakhstan ký bản ghi nhớ hợp tác thương mại điện tử',
      'Bộ Thương mại Trung Quốc và bộ phụ trách thương mại của Kazakhstan đã ký bản ghi nhớ về hợp tác thương mại điện tử và thành lập nhóm công tác về thương mại trực tuyến xuyên biên giới và logistics.',
      'Hai bên sẽ chia sẻ kinh nghiệm về chính sách thương mại số, đào tạo doanh nghiệp nhỏ bán hàng trực tuyến và giúp thêm nhiều sản phẩm chất lượng của hai nước đến với người tiêu dùng.',
    ],
    tradeRemedy: [
      'Bộ Thương mại Trung Quốc ra phán quyết cuối cùng trong vụ điều tra chống bán phá giá polyphenylene sulfide nhập khẩu',
      'Bộ Thương mại Trung Quốc kết luận polyphenylene sulfide nhập khẩu từ các nước bị điều tra đã bị bán phá giá và gây thiệt hại đáng kể cho ngành sản xuất trong nước, đồng thời quyết định áp thuế chống bán phá giá từ 5,9% đến 43,6% trong thời hạn 5 năm.',
      'Cuộc điều tra được tiến hành theo pháp luật Trung Quốc và quy định của WTO, mọi bên liên quan đều có đầy đủ cơ hội trình bày ý kiến. Mức thuế được áp dụng từ ngày tiếp theo ngày công bố thông báo.',
    ],
    wtoStatement: [
      'Người phát ngôn Bộ Thương mại: Trung Quốc ủng hộ hệ thống thương mại đa phương lấy WTO làm trung tâm',
      'Người phát ngôn Bộ Thương mại Trung Quốc cho biết Trung Quốc kiên định ủng hộ hệ thống thương mại đa phương dựa trên luật lệ, lấy Tổ chức Thương mại Thế giới làm trung tâm, và sẽ tham gia mang tính xây dựng vào cải cách WTO, bao gồm khôi phục cơ chế giải quyết tranh chấp vận hành đầy đủ.',
      'Người phát ngôn cho biết thêm Trung Quốc sẵn sàng cùng tất cả các thành viên đạt được kết quả về thương mại điện tử, tạo thuận lợi đầu tư vì phát triển và trợ cấp thủy sản.',
    ],
    ftaUpgrade: [
      'Trung Quốc và Thụy Sĩ tổ chức vòng đàm phán mới về nâng cấp hiệp định thương mại tự do',
      'Các nhà đàm phán Trung Quốc và Thụy Sĩ đã tiến hành vòng đàm phán mới tại Bắc Kinh về nâng cấp Hiệp định Thương mại tự do Trung Quốc - Thụy Sĩ, đạt tiến triển về thương mại hàng hóa và dịch vụ, đầu tư và quy tắc xuất xứ.',
      'Hai bên nhất trí đẩy nhanh đàm phán nhằm sớm đạt được hiệp định nâng cấp tiêu chuẩn cao, cùng có lợi, và tổ chức vòng tiếp theo trong những tháng tới.',
    ],
    servicesPilot: [
      'Thêm 8 thành phố tham gia chương trình thí điểm quốc gia về phát triển sáng tạo thương mại dịch vụ',
      'Bộ Thương mại Trung Quốc đã bổ sung 8 thành phố vào chương trình thí điểm quốc gia về phát triển sáng tạo thương mại dịch vụ, nâng tổng số địa bàn thí điểm lên 36.',
      'Các thành phố thí điểm mới sẽ thử nghiệm thanh toán xuyên biên giới thuận tiện hơn, công nhận lẫn nhau về trình độ nghề nghiệp và các mô hình mới của thương mại dịch vụ số, rồi nhân rộng những cách làm hiệu quả ra cả nước.',
    ],
    exportControl: [
      'Bộ Thương mại Trung Quốc công bố hướng dẫn cập nhật về tuân thủ kiểm soát xuất khẩu cho doanh nghiệp',
      'Bộ Thương mại Trung Quốc đã công bố hướng dẫn cập nhật về chương trình tuân thủ nội bộ trong kiểm soát xuất khẩu hàng lưỡng dụng, kèm quy trình mẫu về phân loại hàng hóa, thẩm tra người dùng cuối và lưu giữ hồ sơ.',
      'Hướng dẫn nhằm giúp các nhà xuất khẩu, nhất là doanh nghiệp vừa và nhỏ, thực hiện nghĩa vụ và giao thương thuận lợi; Bộ sẽ tổ chức các khóa đào tạo cho doanh nghiệp tại nhiều tỉnh.',
    ],
    tradeIn: [
      'Chương trình đổi cũ lấy mới hàng tiêu dùng thúc đẩy doanh số hơn 1.600 tỷ nhân dân tệ từ đầu năm',
      'Số liệu của Bộ Thương mại Trung Quốc cho thấy từ đầu năm đến nay, chương trình đổi cũ lấy mới hàng tiêu dùng đã giúp thay thế hơn 10 triệu ô tô và 120 triệu thiết bị gia dụng, thúc đẩy doanh số hơn 1.600 tỷ nhân dân tệ.',
      'Bộ cho biết sẽ tiếp tục bảo đảm nguồn vốn cho chương trình, đơn giản hóa thủ tục xin trợ cấp và xử lý nghiêm hành vi gian lận để người tiêu dùng được hưởng lợi đầy đủ.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Hội nghị xúc tiến thương mại và đầu tư Trung Quốc - ${place}: ký kết ${f.deals} thỏa thuận hợp tác`,
      `Phòng Kinh tế - Thương mại đã tổ chức Hội nghị xúc tiến thương mại và đầu tư Trung Quốc - ${place} với sự tham gia của ${f.firms} doanh nghiệp Trung Quốc và ${f.localFirms} doanh nghiệp sở tại; ${f.deals} thỏa thuận hợp tác đã được ký kết.`,
      'Các đại biểu đã trao đổi về hợp tác trong lĩnh vực nông sản, năng lượng mới, kinh tế số và logistics. Phòng sẽ theo dõi việc thực hiện các thỏa thuận và giúp thêm nhiều doanh nghiệp hai bên tìm kiếm đối tác.',
    ],
    survey: (place, f) => [
      `Khảo sát: ${f.stable}% doanh nghiệp Trung Quốc tại ${place} dự báo kinh doanh ổn định hoặc tăng trưởng`,
      `Kết quả khảo sát ${f.surveyed} doanh nghiệp Trung Quốc tại ${place} do Phòng Kinh tế - Thương mại thực hiện cho thấy ${f.stable}% doanh nghiệp dự kiến hoạt động kinh doanh sẽ ổn định hoặc tăng trưởng trong 12 tháng tới.`,
      'Các doanh nghiệp cho rằng nhu cầu thị trường và đối tác địa phương là thế mạnh chính, đồng thời mong muốn thủ tục cấp giấy phép lao động nhanh hơn và chính sách dễ dự báo hơn. Phòng sẽ chuyển các kiến nghị tới cơ quan có thẩm quyền.',
    ],
    brief: (place, f) => [
      `Bản tin thị trường: ${place} nhập khẩu đồ gia dụng và sản phẩm năng lượng mới từ Trung Quốc tăng ${f.growth}%`,
      `Bản tin thị trường mới nhất của Phòng Kinh tế - Thương mại cho thấy trong 12 tháng qua, kim ngạch nhập khẩu đồ gia dụng và sản phẩm năng lượng mới từ Trung Quốc của ${place} tăng ${f.growth}%.`,
      'Bản tin khuyến nghị các nhà xuất khẩu tìm hiểu kỹ yêu cầu chứng nhận và ghi nhãn tại địa phương, xây dựng mạng lưới dịch vụ hậu mãi và thỏa thuận rõ ràng điều kiện thanh toán với người mua.',
    ],
    safety: (place) => [
      `Phòng Kinh tế - Thương mại nhắc nhở doanh nghiệp Trung Quốc tại ${place} tăng cường biện pháp an ninh`,
      `Phòng Kinh tế - Thương mại nhắc nhở các doanh nghiệp và công dân Trung Quốc tại ${place} theo dõi sát tình hình an ninh tại chỗ, tăng cường biện pháp phòng ngừa và cập nhật kế hoạch ứng phó khẩn cấp.`,
      'Trong trường hợp khẩn cấp, cần liên hệ ngay với Đại sứ quán hoặc Tổng lãnh sự quán Trung Quốc và tuân thủ pháp luật sở tại.',
    ],
  },
};
