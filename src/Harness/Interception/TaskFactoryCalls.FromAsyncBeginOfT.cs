namespace Harness.Interception;

/// <summary>
/// Every <see cref="TaskFactory{TResult}"/>.FromAsync over a begin method overload: .NET's own call, whose
/// completion comes from whoever completes the begin method's IAsyncResult. Controlled work completing it (an APM
/// wrapper over a Task) keeps the run controlled; a real thread completing it is reported, naming the call.
/// </summary>
public static partial class TaskFactoryCalls
{
    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync(Func{AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, object)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory<TResult> factory, Func<AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object? state, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((callback, s) => beginMethod(Guard(callback, runtime, site), s), endMethod, state, factory.CreationOptions)
            : factory.FromAsync(beginMethod, endMethod, state);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync(Func{AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, object, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory<TResult> factory, Func<AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object? state, TaskCreationOptions creationOptions, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((callback, s) => beginMethod(Guard(callback, runtime, site), s), endMethod, state, creationOptions)
            : factory.FromAsync(beginMethod, endMethod, state, creationOptions);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync{TArg1}(Func{TArg1, AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, TArg1, object)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <typeparam name="TArg1">The type of the begin method's argument 1.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="arg1">Passed to the begin method.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult, TArg1>(TaskFactory<TResult> factory, Func<TArg1, AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object? state, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((a1, callback, s) => beginMethod(a1, Guard(callback, runtime, site), s), endMethod, arg1, state, factory.CreationOptions)
            : factory.FromAsync(beginMethod, endMethod, arg1, state);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync{TArg1}(Func{TArg1, AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, TArg1, object, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <typeparam name="TArg1">The type of the begin method's argument 1.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="arg1">Passed to the begin method.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult, TArg1>(TaskFactory<TResult> factory, Func<TArg1, AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object? state, TaskCreationOptions creationOptions, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((a1, callback, s) => beginMethod(a1, Guard(callback, runtime, site), s), endMethod, arg1, state, creationOptions)
            : factory.FromAsync(beginMethod, endMethod, arg1, state, creationOptions);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync{TArg1, TArg2}(Func{TArg1, TArg2, AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, TArg1, TArg2, object)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <typeparam name="TArg1">The type of the begin method's argument 1.</typeparam>
    /// <typeparam name="TArg2">The type of the begin method's argument 2.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="arg1">Passed to the begin method.</param>
    /// <param name="arg2">Passed to the begin method.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult, TArg1, TArg2>(TaskFactory<TResult> factory, Func<TArg1, TArg2, AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object? state, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((a1, a2, callback, s) => beginMethod(a1, a2, Guard(callback, runtime, site), s), endMethod, arg1, arg2, state, factory.CreationOptions)
            : factory.FromAsync(beginMethod, endMethod, arg1, arg2, state);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync{TArg1, TArg2}(Func{TArg1, TArg2, AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, TArg1, TArg2, object, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <typeparam name="TArg1">The type of the begin method's argument 1.</typeparam>
    /// <typeparam name="TArg2">The type of the begin method's argument 2.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="arg1">Passed to the begin method.</param>
    /// <param name="arg2">Passed to the begin method.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult, TArg1, TArg2>(TaskFactory<TResult> factory, Func<TArg1, TArg2, AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object? state, TaskCreationOptions creationOptions, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((a1, a2, callback, s) => beginMethod(a1, a2, Guard(callback, runtime, site), s), endMethod, arg1, arg2, state, creationOptions)
            : factory.FromAsync(beginMethod, endMethod, arg1, arg2, state, creationOptions);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync{TArg1, TArg2, TArg3}(Func{TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, TArg1, TArg2, TArg3, object)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <typeparam name="TArg1">The type of the begin method's argument 1.</typeparam>
    /// <typeparam name="TArg2">The type of the begin method's argument 2.</typeparam>
    /// <typeparam name="TArg3">The type of the begin method's argument 3.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="arg1">Passed to the begin method.</param>
    /// <param name="arg2">Passed to the begin method.</param>
    /// <param name="arg3">Passed to the begin method.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult, TArg1, TArg2, TArg3>(TaskFactory<TResult> factory, Func<TArg1, TArg2, TArg3, AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object? state, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((a1, a2, a3, callback, s) => beginMethod(a1, a2, a3, Guard(callback, runtime, site), s), endMethod, arg1, arg2, arg3, state, factory.CreationOptions)
            : factory.FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync{TArg1, TArg2, TArg3}(Func{TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult}, Func{IAsyncResult, TResult}, TArg1, TArg2, TArg3, object, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <typeparam name="TArg1">The type of the begin method's argument 1.</typeparam>
    /// <typeparam name="TArg2">The type of the begin method's argument 2.</typeparam>
    /// <typeparam name="TArg3">The type of the begin method's argument 3.</typeparam>
    /// <param name="factory">The factory; its creation options apply as in .NET.</param>
    /// <param name="beginMethod">Starts the operation; inside a run the callback it is given reports a completion on a thread the harness does not control.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="arg1">Passed to the begin method.</param>
    /// <param name="arg2">Passed to the begin method.</param>
    /// <param name="arg3">Passed to the begin method.</param>
    /// <param name="state">The returned task's AsyncState, passed to the begin method.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult, TArg1, TArg2, TArg3>(TaskFactory<TResult> factory, Func<TArg1, TArg2, TArg3, AsyncCallback, object?, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object? state, TaskCreationOptions creationOptions, string site) =>
        Begun(beginMethod) is { } runtime
            ? factory.FromAsync((a1, a2, a3, callback, s) => beginMethod(a1, a2, a3, Guard(callback, runtime, site), s), endMethod, arg1, arg2, arg3, state, creationOptions)
            : factory.FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, creationOptions);
}
