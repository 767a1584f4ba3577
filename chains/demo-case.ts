/** A seeded example on a local demo chain, listed by `GET /v1/demo`. */
export interface DemoCase {
  scenario: string;
  network: string;
  txHash?: string;
  address?: string;
  /** The finding code an investigation of this case must produce (absent for clean cases). */
  expectedCode?: string;
  /** A complaint a user might write about it (zh or en), to try the whole pipeline. */
  text?: string;
}
