import QRCode from "qrcode";
import { QR_ERROR_CORRECTION, type QrMatrix } from "@pks02/shared";

export { darkRuns, qrSvg, QR_QUIET_ZONE, type DarkRun, type QrMatrix } from "@pks02/shared";

/** Encode a text (a deep link) as a QR symbol at our error-correction level. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}
