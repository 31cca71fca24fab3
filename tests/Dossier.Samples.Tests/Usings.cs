global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Threading.Tasks;
global using Xunit;

// Every command registers the process-wide audit log for its run and prints it to its own output; runs side by side
// would print into each other's output.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
