import zipper from "zip-local";

/** Zip a folder in memory the way zmp-cli-core does before its upload (zip-local, compressed). */
export function zipFolder(dir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zipper.zip(dir, (error, zipped) => {
      if (error || !zipped) return reject(error ?? new Error(`could not zip ${dir}`));
      zipped.compress();
      resolve(zipped.memory());
    });
  });
}
