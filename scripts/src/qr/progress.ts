import cliProgress from "cli-progress";
import type { QrKitProgress } from "./generate";

const STAGE_LABELS: Record<QrKitProgress["stage"], string> = {
  communes: "ảnh QR và áp phích",
  "list-pdf": "danh sách PDF",
  "list-xlsx": "danh sách Excel",
};

/** A progress reporter on stderr: a bar on a terminal, a few plain lines in a log or a pipe. */
export function progressReporter(stream: NodeJS.WriteStream): {
  update: (progress: QrKitProgress) => void;
  stop: () => void;
} {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: "{bar} {value}/{total} | {stage}", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (progress) => {
        if (!started) bar.start(progress.total, 0, { stage: STAGE_LABELS[progress.stage] });
        started = true;
        bar.update(progress.done, { stage: STAGE_LABELS[progress.stage] });
      },
      stop: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update: (progress) => {
      const tenth = Math.floor((progress.done / progress.total) * 10);
      if (tenth === lastTenth && progress.stage === "communes") return;
      lastTenth = tenth;
      stream.write(`qr: ${progress.done}/${progress.total} ${STAGE_LABELS[progress.stage]}\n`);
    },
    stop: () => {},
  };
}
