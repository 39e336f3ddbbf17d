// The PKS 02 questionnaire as data, from shared/data/pks02-draft.json (the official text was not found;
// each question's provenance is recorded there). Change it by hand if the draft changes, and bump the version.
import type { Option, SurveyDefinition } from "./types";

/** The 5-level satisfaction scale of SIPAS-type forms (5 = Rất hài lòng … 1 = Rất không hài lòng). */
const SATISFACTION_SCALE: Option[] = [
  {
    value: 5,
    label: "Rất hài lòng",
  },
  {
    value: 4,
    label: "Hài lòng",
  },
  {
    value: 3,
    label: "Bình thường",
  },
  {
    value: 2,
    label: "Không hài lòng",
  },
  {
    value: 1,
    label: "Rất không hài lòng",
  },
];

/** The same scale with "Không rõ / không có ý kiến" (0) for residents who cannot judge a statement. */
const SATISFACTION_SCALE_WITH_DONT_KNOW: Option[] = [
  ...SATISFACTION_SCALE,
  { value: 0, label: "Không rõ / không có ý kiến" },
];

/** The PKS 02 survey definition; `version` changes whenever questions or options change. */
export const PKS02_DEFINITION: SurveyDefinition = {
  id: "PKS02",
  version: "pks02-2024.1",
  title: "PHIẾU KHẢO SÁT LẤY Ý KIẾN CỦA NGƯỜI DÂN ĐỐI VỚI CHỦ TỊCH UBND CẤP XÃ (Mẫu PKS 02)",
  intro:
    "(Kèm theo Kế hoạch số 152-KH/BCSĐ-BDVTU ngày 18/4/2023.) Ý kiến của ông/bà có ý nghĩa rất quan trọng trong việc đánh giá đúng kết quả xây dựng “Chính quyền thân thiện” và sự phục vụ của Chủ tịch UBND xã, phường, thị trấn. Ông/bà tự trả lời, không ghi họ tên, số điện thoại; thông tin được bảo mật. Với mỗi nhận định, xin chọn 1 mức: 5 = Rất hài lòng, 4 = Hài lòng, 3 = Bình thường, 2 = Không hài lòng, 1 = Rất không hài lòng; chọn “Không rõ” nếu không biết.",
  hiddenFields: [
    {
      id: "A0",
      key: "communeCode",
      label: "Đơn vị (xã/phường/thị trấn) — tự điền theo mã QR",
    },
    {
      id: "A1",
      key: "surveyDate",
      label: "Ngày trả lời — hệ thống tự ghi",
    },
  ],
  estimatedMinutes: 5,
  sections: [
    {
      id: "B",
      title: "I. TIẾP XÚC VỚI CHỦ TỊCH UBND XÃ",
      questions: [
        {
          id: "B1",
          type: "single_choice",
          text: "Trong 12 tháng qua, ông/bà đã từng gặp, làm việc trực tiếp với Chủ tịch UBND xã chưa?",
          required: true,
          options: [
            {
              value: 1,
              label: "Đã gặp, làm việc trực tiếp",
            },
            {
              value: 2,
              label: "Chỉ biết qua hội nghị, đối thoại, tiếp xúc cử tri, loa truyền thanh, mạng xã hội",
            },
            {
              value: 3,
              label: "Chưa gặp, không biết",
            },
          ],
        },
        {
          id: "B2",
          type: "multi_choice",
          text: "Ông/bà đã làm việc với Chủ tịch UBND xã qua hình thức nào? (có thể chọn nhiều)",
          required: false,
          showIf: {
            questionId: "B1",
            equals: 1,
          },
          options: [
            {
              value: 1,
              label: "Buổi tiếp công dân định kỳ",
            },
            {
              value: 2,
              label: "Hội nghị đối thoại với nhân dân",
            },
            {
              value: 3,
              label: "Giải quyết đơn thư, kiến nghị, phản ánh",
            },
            {
              value: 4,
              label: "Giải quyết hồ sơ thủ tục hành chính",
            },
            {
              value: 5,
              label: "Họp thôn, tổ dân phố",
            },
            {
              value: 6,
              label: "Khác",
            },
          ],
          maxSelect: 6,
        },
        {
          id: "B3",
          type: "single_choice",
          text: "Ông/bà có biết lịch tiếp công dân định kỳ của Chủ tịch UBND xã không?",
          required: true,
          options: [
            {
              value: 1,
              label: "Có, biết rõ",
            },
            {
              value: 2,
              label: "Có nghe nhưng không rõ",
            },
            {
              value: 3,
              label: "Không biết",
            },
          ],
        },
      ],
    },
    {
      id: "C",
      title: "II. ĐÁNH GIÁ CỦA ÔNG/BÀ VỀ CHỦ TỊCH UBND XÃ",
      questions: [
        {
          id: "C1",
          type: "scale",
          text: "Chủ tịch UBND xã có thái độ giao tiếp lịch sự, gần gũi, tôn trọng người dân.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C2",
          type: "scale",
          text: "Chủ tịch lắng nghe, tiếp thu ý kiến, tâm tư, nguyện vọng của người dân.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C3",
          type: "scale",
          text: "Chủ tịch trực tiếp tiếp công dân, đối thoại với nhân dân đúng lịch, đúng quy định.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C4",
          type: "scale",
          text: "Kiến nghị, phản ánh, khiếu nại của người dân được Chủ tịch chỉ đạo giải quyết kịp thời, đúng quy định, thấu tình đạt lý.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C5",
          type: "scale",
          text: "Người dân được thông báo kịp thời kết quả giải quyết kiến nghị, phản ánh.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C6",
          type: "scale",
          text: "Chủ tịch chỉ đạo bộ phận một cửa giải quyết thủ tục hành chính nhanh, đúng hẹn, không gây phiền hà.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C7",
          type: "scale",
          text: "Chủ tịch thực hiện công khai, minh bạch thông tin và phát huy dân chủ ở cơ sở (dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng).",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C8",
          type: "scale",
          text: "Chủ tịch gương mẫu thực hiện văn minh, văn hóa công sở, quy tắc ứng xử và chấn chỉnh cán bộ có biểu hiện hách dịch, nhũng nhiễu.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C9",
          type: "scale",
          text: "Chủ tịch có đạo đức, lối sống giản dị, liêm chính, công tâm.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
        {
          id: "C10",
          type: "scale",
          text: "Chủ tịch có năng lực điều hành, sâu sát cơ sở và có uy tín với nhân dân.",
          required: true,
          options: SATISFACTION_SCALE_WITH_DONT_KNOW,
          scale: "likert5_plus_dontknow",
        },
      ],
    },
    {
      id: "D",
      title: "III. LIÊM CHÍNH",
      questions: [
        {
          id: "D1",
          type: "single_choice",
          text: "Khi liên hệ giải quyết công việc tại UBND xã, ông/bà có nhận được lời đề nghị hoặc gợi ý trả thêm chi phí ngoài quy định để được giải quyết nhanh hơn không?",
          required: true,
          options: [
            {
              value: 1,
              label: "Có",
            },
            {
              value: 2,
              label: "Không",
            },
            {
              value: 9,
              label: "Không muốn trả lời",
            },
          ],
        },
      ],
    },
    {
      id: "E",
      title: "IV. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ",
      questions: [
        {
          id: "E1",
          type: "scale",
          text: "Nhìn chung, ông/bà hài lòng ở mức nào đối với Chủ tịch UBND xã?",
          required: true,
          options: SATISFACTION_SCALE,
          scale: "likert5",
        },
        {
          id: "E2",
          type: "single_choice",
          text: "Theo ông/bà, UBND xã hiện nay đã là “chính quyền thân thiện” chưa?",
          required: true,
          options: [
            {
              value: 1,
              label: "Đã thân thiện",
            },
            {
              value: 2,
              label: "Có chuyển biến nhưng chưa rõ nét",
            },
            {
              value: 3,
              label: "Chưa thân thiện",
            },
          ],
        },
        {
          id: "E3",
          type: "multi_choice",
          text: "Chủ tịch UBND xã cần ưu tiên cải thiện điều gì? (chọn tối đa 3)",
          required: false,
          options: [
            {
              value: 1,
              label: "Thái độ phục vụ của cán bộ, công chức",
            },
            {
              value: 2,
              label: "Năng lực giải quyết công việc của cán bộ, công chức",
            },
            {
              value: 3,
              label: "Tiếp nhận, giải quyết ý kiến, phản ánh, kiến nghị",
            },
            {
              value: 4,
              label: "Cung cấp thông tin, công khai, minh bạch",
            },
            {
              value: 5,
              label: "Trụ sở, trang thiết bị phục vụ người dân",
            },
            {
              value: 6,
              label: "Ứng dụng công nghệ thông tin, chuyển đổi số",
            },
            {
              value: 7,
              label: "Quan tâm hơn đến nhu cầu, mong đợi của người dân",
            },
            {
              value: 8,
              label: "Khác",
            },
          ],
          maxSelect: 3,
        },
        {
          id: "E4",
          type: "free_text",
          text: "Ý kiến, kiến nghị khác của ông/bà (không ghi họ tên, số điện thoại, địa chỉ).",
          required: false,
          maxLength: 500,
        },
      ],
    },
    {
      id: "F",
      title: "V. THÔNG TIN NGƯỜI TRẢ LỜI (không ghi họ tên)",
      questions: [
        {
          id: "F1",
          type: "single_choice",
          text: "Giới tính",
          required: true,
          options: [
            {
              value: 1,
              label: "Nam",
            },
            {
              value: 2,
              label: "Nữ",
            },
          ],
        },
        {
          id: "F2",
          type: "single_choice",
          text: "Độ tuổi",
          required: true,
          options: [
            {
              value: 1,
              label: "Dưới 25 tuổi",
            },
            {
              value: 2,
              label: "25-49 tuổi",
            },
            {
              value: 3,
              label: "50-60 tuổi",
            },
            {
              value: 4,
              label: "Trên 60 tuổi",
            },
          ],
        },
        {
          id: "F3",
          type: "single_choice",
          text: "Nghề nghiệp",
          required: false,
          options: [
            {
              value: 1,
              label: "Nông dân, sản xuất nông nghiệp",
            },
            {
              value: 2,
              label: "Công nhân, người lao động",
            },
            {
              value: 3,
              label: "Kinh doanh, buôn bán, làm công việc tự do",
            },
            {
              value: 4,
              label: "Làm việc trong lĩnh vực công (cán bộ, công chức, viên chức, lực lượng vũ trang)",
            },
            {
              value: 5,
              label: "Học sinh, sinh viên",
            },
            {
              value: 6,
              label: "Nghỉ hưu",
            },
            {
              value: 7,
              label: "Không đi làm (ở nhà, nội trợ)",
            },
            {
              value: 8,
              label: "Khác",
            },
          ],
        },
        {
          id: "F4",
          type: "single_choice",
          text: "Lĩnh vực thủ tục hành chính ông/bà đến giải quyết",
          required: true,
          options: [
            {
              value: 1,
              label: "Quản lý đất đai",
            },
            {
              value: 2,
              label: "Chứng thực",
            },
            {
              value: 3,
              label: "Hộ tịch",
            },
            {
              value: 4,
              label: "Người có công",
            },
            {
              value: 5,
              label: "Bảo trợ xã hội",
            },
            {
              value: 6,
              label: "Lĩnh vực khác",
            },
            {
              value: 7,
              label: "Không làm thủ tục (liên hệ công việc khác)",
            },
          ],
        },
        {
          id: "F5",
          type: "single_choice",
          text: "Ông/bà trả lời phiếu này ở đâu?",
          required: true,
          options: [
            {
              value: 1,
              label: "Tại bộ phận tiếp nhận và trả kết quả (một cửa)",
            },
            {
              value: 2,
              label: "Tại nhà",
            },
          ],
        },
        {
          id: "F6",
          type: "single_choice",
          text: "Ông/bà có được người khác hỗ trợ khi trả lời không?",
          required: false,
          options: [
            {
              value: 1,
              label: "Tự trả lời, không cần hỗ trợ",
            },
            {
              value: 2,
              label: "Chỉ được hỗ trợ thao tác (quét mã QR, bấm gửi); tự chọn câu trả lời",
            },
          ],
        },
      ],
    },
  ],
};
