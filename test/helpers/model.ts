import { loadModel } from '../../src/model/load.js';

/** The model with no additions, loaded once for the tests that do not test the model itself. */
export const MODEL = loadModel();
