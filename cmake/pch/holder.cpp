// Compiled only so its target builds the precompiled header that test executables reuse.
