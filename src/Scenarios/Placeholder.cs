namespace Scenarios;
