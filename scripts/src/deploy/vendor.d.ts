// zip-local (the zipper zmp-cli-core uses) ships no types; the part used here.
declare module "zip-local" {
  interface ZipExport {
    compress(): ZipExport;
    memory(): Buffer;
  }
  const zipper: { zip(path: string, callback: (error: Error | null, zipped?: ZipExport) => void): void };
  export default zipper;
}
