/** The kinds of commune-level unit; "Đặc khu" exists since the 2025 reorganisation. */
export type CommuneType = "Xã" | "Phường" | "Thị trấn" | "Đặc khu";
export type DistrictType = "Thành phố" | "Thị xã" | "Huyện";

/** A district-level unit (huyện, thị xã, thành phố) of Bắc Giang. */
export interface District {
  code: string;
  name: string;
  type: DistrictType;
}

/** A commune-level unit (xã, phường, thị trấn): one chairperson, one one-stop office, one QR code. */
export interface Commune {
  code: string;
  name: string;
  type: CommuneType;
  /** Null in a registry without districts (since July 2025: province → commune). */
  districtCode: string | null;
  districtName: string | null;
}

/** A commune of a registry with districts, such as Bắc Giang's of June 2024 (COMMUNES). */
export type DistrictCommune = Commune & { districtCode: string; districtName: string };
