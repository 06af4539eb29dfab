#!/usr/bin/env node
import { CORE_VERSION } from './index.ts';

console.log(`xueshi ${CORE_VERSION}`);
