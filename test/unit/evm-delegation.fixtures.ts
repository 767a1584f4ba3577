/**
 * Type-0x4 (EIP-7702 set-code) transactions as JSON-RPC returns them.
 *
 * SET_CODE_RPC_TX: the `eth_getTransactionByHash` shape of a mined set-code transaction,
 * byte for byte the golden of an execution client's RPC serializer test ("setcode-in-block",
 * NewRPCTransaction; found in the public-code library, id 58288300509). Its authorization
 * signature (r 0x3333, s 0x4444) is a placeholder, but a valid point: it recovers some key.
 *
 * ALLOY_AUTHORIZATION: a signed authorization tuple (chain 1, delegate 0x…06, nonce 1)
 * from alloy's rpc-types-eth serde test (alloy-rs/alloy, rpc-types-eth transaction/mod.rs,
 * `serde_transaction`), as serialized there. Its s is above n/2, which EIP-7702 forbids:
 * a node skips such an authorization, and we cannot name its signer either.
 */
export const SET_CODE_RPC_TX = JSON.parse(
  `{"blockHash":"0xaabbccddeeff00112233445566778899aabbccddeeff001122334455667788aa","blockNumber":"0x64","blockTimestamp":"0x3e8","from":"0x71562b71999873db5b286df957af199ec94617f7","gas":"0x5208","gasPrice":"0x11","maxPriorityFeePerGas":"0xa","maxFeePerGas":"0x3e8","hash":"0x590610d2b442819852a4bfe6058fcddd202107fd2084c6dd56947aab6b372284","input":"0xcafe","nonce":"0xb","to":"0x1234567890123456789012345678901234567890","transactionIndex":"0x3","value":"0x3b9aca00","type":"0x4","accessList":null,"chainId":"0x1","authorizationList":[{"chainId":"0x1","address":"0x1234567890123456789012345678901234567890","nonce":"0xc","yParity":"0x1","r":"0x3333","s":"0x4444"}],"v":"0x1","yParity":"0x1","r":"0x1111","s":"0x2222"}`,
);

export const ALLOY_AUTHORIZATION = JSON.parse(
  `{"chainId":"0x1","address":"0x0000000000000000000000000000000000000006","nonce":"0x1","yParity":"0x0","r":"0x48b55bfa915ac795c431978d8a6a992b628d557da5ff759b307d495a36649353","s":"0xefffd310ac743f371de3b9f7f9cb56c0b28ad43601b4ab949f53faa07bd2c804"}`,
);
