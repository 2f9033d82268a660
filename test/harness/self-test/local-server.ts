// The harness's self-tests use the tests' one loopback server.
export {
	startLoopbackServer as startLocalServer,
	type LoopbackServer as LocalServer,
	type ReceivedRequest,
} from '../../shared/loopback-server';
