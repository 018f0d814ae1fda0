namespace Harness;
