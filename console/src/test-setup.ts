import { configure } from '@solidjs/testing-library';

// waitFor and findBy* wait for what a component shows next; their 1 s default is too short when
// the machine's cores are busy. Only a failing test waits this long.
configure({ asyncUtilTimeout: 10_000 });
