#!/usr/bin/env node
// The `onrecord` command. The code is in ../dist (built with `tsc -b`); see ../README.md.
import { main } from '../dist/cli.js'

await main()
