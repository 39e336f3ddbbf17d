// `npm run qr -- --out <dir> ...`: the QR codes, posters and lists for the one-stop offices.
import { generateQrKit } from "./generate";
import { parseQrCommand, USAGE } from "./options";
import { progressReporter } from "./progress";

/** Exit code for a refused command line or environment. */
const EXIT_BAD_INPUT = 2;

async function main(): Promise<number> {
  const command = parseQrCommand(process.argv.slice(2), process.env);
  if (command.type === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.type === "error") {
    process.stderr.write(`${command.message}\n`);
    if (command.hint !== undefined) process.stderr.write(`${command.hint}\n`);
    return EXIT_BAD_INPUT;
  }
  const { options } = command;
  if (options.miniAppId === null) {
    process.stderr.write(
      'Chú ý: chưa có mã Zalo Mini App (--placeholder): mã QR trỏ tới đường dẫn giả, mọi trang in chữ "MẪU – KHÔNG IN".\n',
    );
  }
  const progress = progressReporter(process.stderr);
  const started = performance.now();
  const result = await generateQrKit(options, progress.update).finally(progress.stop);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Đã tạo mã QR, áp phích và danh sách cho ${result.communeCount} đơn vị trong ${seconds} s: ${options.outDir}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi khi tạo mã QR: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
